class _Node:
    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class _LRUCache:
    """The textbook LRU cache: a dict from key to node of a doubly linked list kept in recency order
    (the sentinel head is on the least recent side, the sentinel tail on the most recent side)."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head

    def _remove(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _add_last(self, node):
        last = self.tail.prev
        last.next = node
        node.prev = last
        node.next = self.tail
        self.tail.prev = node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._remove(node)
        self._add_last(node)
        return node.value

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._remove(node)
            self._add_last(node)
            return
        if self.capacity == 0:
            return
        if len(self.nodes) >= self.capacity:
            oldest = self.head.next
            self._remove(oldest)
            del self.nodes[oldest.key]
        node = _Node(key, value)
        self.nodes[key] = node
        self._add_last(node)


def lru_simulate(capacity, ops):
    cache = _LRUCache(capacity)
    out = []
    for op in ops:
        if op[0] == "get":
            out.append(cache.get(op[1]))
        else:
            cache.put(op[1], op[2])
    return out
