def stack_min_checksum(ops):
    stack = []
    minimums = []
    checksum = 0
    qnum = 0
    for op in ops:
        match op:
            case -1:
                stack.pop()
                minimums.pop()
            case -2:
                stack.append(stack[-1])
                minimums.append(minimums[-1])
            case -3:
                qnum += 1
                checksum += qnum * minimums[-1]
            case _:
                stack.append(op)
                minimums.append(min(op, minimums[-1]) if minimums else op)
    return checksum
