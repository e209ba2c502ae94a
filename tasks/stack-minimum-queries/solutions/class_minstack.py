class MinStack:
    def __init__(self):
        self.items = []

    def is_empty(self):
        return len(self.items) == 0

    def push(self, value):
        if self.is_empty():
            self.items.append((value, value))
        else:
            self.items.append((value, min(value, self.get_min())))

    def pop(self):
        return self.items.pop()[0]

    def top(self):
        return self.items[-1][0]

    def get_min(self):
        return self.items[-1][1]


def stack_min_checksum(ops):
    # A MinStack class storing (value, minimum so far) pairs; every operation is a method call.
    s = MinStack()
    total = 0
    query = 0
    for op in ops:
        if op >= 0:
            s.push(op)
        elif op == -1:
            s.pop()
        elif op == -2:
            s.push(s.top())
        elif op == -3:
            query += 1
            total += query * s.get_min()
    return total
