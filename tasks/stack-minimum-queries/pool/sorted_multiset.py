from bisect import bisect_left, insort


def stack_min_checksum(ops):
    # The stack plus a sorted copy of its values: the minimum is the sorted copy's first element.
    stack = []
    ordered = []
    total = 0
    j = 0
    for op in ops:
        if op >= 0 or op == -2:
            v = op if op >= 0 else stack[-1]
            stack.append(v)
            insort(ordered, v)
        elif op == -1:
            v = stack.pop()
            del ordered[bisect_left(ordered, v)]
        else:
            j += 1
            total += j * ordered[0]
    return total
