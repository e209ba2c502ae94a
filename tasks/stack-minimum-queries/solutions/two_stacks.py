def stack_min_checksum(ops):
    # The classic min-stack: the values, and beside them a stack of minima (pushed when a value is <= the minimum).
    stack = []
    mins = []
    total = 0
    j = 0
    for op in ops:
        if op >= 0:
            stack.append(op)
            if not mins or op <= mins[-1]:
                mins.append(op)
        elif op == -1:
            v = stack.pop()
            if v == mins[-1]:
                mins.pop()
        elif op == -2:
            v = stack[-1]
            stack.append(v)
            if v <= mins[-1]:
                mins.append(v)
        else:
            j += 1
            total += j * mins[-1]
    return total
