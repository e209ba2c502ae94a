class Node:
    __slots__ = ("ch", "prev", "next")

    def __init__(self, ch, prev, nxt):
        self.ch = ch
        self.prev = prev
        self.next = nxt


def replay_keys(keys):
    # A doubly linked list of node objects with a head sentinel; the cursor is the node just before it.
    head = Node("", None, None)
    cur = head
    for k in keys:
        if k == "<":
            if cur is not head:
                cur = cur.prev
        elif k == ">":
            if cur.next is not None:
                cur = cur.next
        elif k == "#":
            if cur is not head:
                cur.prev.next = cur.next
                if cur.next is not None:
                    cur.next.prev = cur.prev
                cur = cur.prev
        else:
            node = Node(k, cur, cur.next)
            if cur.next is not None:
                cur.next.prev = node
            cur.next = node
            cur = node
    out = []
    node = head.next
    while node is not None:
        out.append(node.ch)
        node = node.next
    return "".join(out)
