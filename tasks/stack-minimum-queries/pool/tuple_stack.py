def stack_min_checksum(ops):
    stack = []  # (value, minimum of the stack up to here)
    total = 0
    k = 0
    for op in ops:
        if op >= 0:
            m = op if not stack or op < stack[-1][1] else stack[-1][1]
            stack.append((op, m))
        elif op == -1:
            stack.pop()
        elif op == -2:
            stack.append(stack[-1])
        else:
            k += 1
            total += k * stack[-1][1]
    return total
