import heapq
import itertools

_REMOVED = "<removed>"


def lru_simulate(capacity, ops):
    # The priority-queue recipe from the heapq documentation: entries [last_use, key] in a heap, an entry
    # finder from key to its entry, and a touched key's old entry marked removed instead of being deleted.
    heap = []
    entry_finder = {}
    values = {}
    clock = itertools.count()

    def touch(key):
        if key in entry_finder:
            remove_entry(key)
        entry = [next(clock), key]
        entry_finder[key] = entry
        heapq.heappush(heap, entry)

    def remove_entry(key):
        entry = entry_finder.pop(key)
        entry[-1] = _REMOVED

    def pop_oldest():
        while heap:
            _, key = heapq.heappop(heap)
            if key is not _REMOVED:
                del entry_finder[key]
                return key
        raise KeyError("pop from an empty cache")

    out = []
    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in values:
                touch(key)
                out.append(values[key])
            else:
                out.append(-1)
        elif capacity > 0:
            if key not in values and len(values) >= capacity:
                del values[pop_oldest()]
            values[key] = op[2]
            touch(key)
    return out
