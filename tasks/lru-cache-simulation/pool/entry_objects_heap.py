import heapq


class Entry:
    """One use of a key, ordered by the time of that use; a later use of the key makes it stale."""

    __slots__ = ("time", "key", "stale")

    def __init__(self, time, key):
        self.time = time
        self.key = key
        self.stale = False

    def __lt__(self, other):
        return self.time < other.time


def lru_simulate(capacity, ops):
    # Entry objects in a heap (least recently used on top); each use marks the key's previous entry stale.
    values = {}
    current = {}
    heap = []
    out = []
    for t, op in enumerate(ops):
        key = op[1]
        if op[0] == "get":
            if key not in values:
                out.append(-1)
                continue
            out.append(values[key])
        else:
            if capacity <= 0:
                continue
            if key not in values and len(values) >= capacity:
                while True:
                    entry = heapq.heappop(heap)
                    if not entry.stale:
                        del values[entry.key]
                        del current[entry.key]
                        break
            values[key] = op[2]
        if key in current:
            current[key].stale = True
        entry = Entry(t, key)
        current[key] = entry
        heapq.heappush(heap, entry)
    return out
