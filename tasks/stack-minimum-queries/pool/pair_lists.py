def stack_min_checksum(ops):
    stack = []
    total = 0
    idx = 0
    for op in ops:
        if op == -1:
            stack.pop()
        elif op == -2:
            stack.append([stack[-1][0], stack[-1][1]])
        elif op == -3:
            idx += 1
            total += idx * stack[-1][1]
        else:
            if stack:
                stack.append([op, min(op, stack[-1][1])])
            else:
                stack.append([op, op])
    return total
