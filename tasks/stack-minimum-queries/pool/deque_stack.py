from collections import deque


def stack_min_checksum(ops):
    vals = deque()
    mins = deque()
    total = 0
    n_queries = 0
    for op in ops:
        if op >= 0:
            vals.append(op)
            mins.append(min(op, mins[-1]) if mins else op)
        elif op == -1:
            vals.pop()
            mins.pop()
        elif op == -2:
            vals.append(vals[-1])
            mins.append(mins[-1])
        else:
            n_queries += 1
            total += n_queries * mins[-1]
    return total
