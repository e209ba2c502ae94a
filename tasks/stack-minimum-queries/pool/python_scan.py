def stack_min_checksum(ops):
    # Keep the stack; a query scans it for the smallest value.
    stack = []
    result = 0
    queries = 0
    for op in ops:
        if op >= 0:
            stack.append(op)
        elif op == -1:
            stack.pop()
        elif op == -2:
            stack.append(stack[-1])
        else:
            smallest = stack[0]
            for v in stack:
                if v < smallest:
                    smallest = v
            queries += 1
            result += queries * smallest
    return result
