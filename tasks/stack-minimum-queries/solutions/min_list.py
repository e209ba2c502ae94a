def stack_min_checksum(ops):
    # Only the minima matter: keep the list of running minima (mins[i] = the smallest of the stack's first i
    # elements) and never the values. A push appends min(x, low), a duplicate appends low again, a pop drops the
    # last entry and reads the new low; a query reads low. Two sentinels spare every emptiness test, and the
    # branches are ordered by how often the operations come.
    big = 10**9 + 1
    mins = [big, big]
    push = mins.append
    drop = mins.pop
    low = big
    total = 0
    j = 0
    for op in ops:
        if op < 0:
            if op == -1:
                drop()
                low = mins[-1]
            elif op == -3:
                j += 1
                total += low * j
            else:
                push(low)
        elif op < low:
            push(op)
            low = op
        else:
            push(low)
    return total
