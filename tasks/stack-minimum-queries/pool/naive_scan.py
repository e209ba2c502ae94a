def stack_min_checksum(ops):
    stack = []
    total = 0
    count = 0
    for op in ops:
        if op >= 0:
            stack.append(op)
        elif op == -1:
            stack.pop()
        elif op == -2:
            stack.append(stack[-1])
        else:
            count += 1
            total += count * min(stack)
    return total
