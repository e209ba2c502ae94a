def stack_min_checksum(ops):
    # Values and minima as (value, min) tuples; the pushes build a new list each time.
    stack = []
    total = 0
    n = 0
    for op in ops:
        if op >= 0:
            m = min(op, stack[-1][1]) if stack else op
            stack = stack + [(op, m)]
        elif op == -1:
            stack = stack[:-1]
        elif op == -2:
            stack = stack + [stack[-1]]
        else:
            n += 1
            total += n * stack[-1][1]
    return total
