class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = self.next = None


def lru_simulate(capacity, ops):
    head = Node(None, None)
    tail = Node(None, None)
    head.next, tail.prev = tail, head
    table = {}
    out = []
    for op in ops:
        key = op[1]
        node = table.get(key)
        if op[0] == "get":
            if node is None:
                out.append(-1)
                continue
            out.append(node.value)
        elif node is not None:
            node.value = op[2]
        else:
            if capacity == 0:
                continue
            if len(table) == capacity:
                old = head.next
                head.next = old.next
                old.next.prev = head
                del table[old.key]
            node = Node(key, op[2])
            table[key] = node
            last = tail.prev
            last.next = node
            node.prev = last
            node.next = tail
            tail.prev = node
            continue
        node.prev.next = node.next
        node.next.prev = node.prev
        last = tail.prev
        last.next = node
        node.prev = last
        node.next = tail
        tail.prev = node
    return out
