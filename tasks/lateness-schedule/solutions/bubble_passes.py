def min_max_lateness(processing, due):
    # Bubble the jobs into earliest-due-date order: sweep the list swapping neighbours whose due dates are out of
    # order (equal due dates keep their index order) until a sweep swaps nothing. Then run the jobs in that order.
    order = list(range(len(due)))
    swapped = True
    while swapped:
        swapped = False
        for k in range(len(order) - 1):
            a = order[k]
            b = order[k + 1]
            if due[a] > due[b]:
                order[k] = b
                order[k + 1] = a
                swapped = True
    time = 0
    worst = 0
    checksum = 0
    for pos, job in enumerate(order, 1):
        time += processing[job]
        if time - due[job] > worst:
            worst = time - due[job]
        checksum += pos * job
    return (worst, checksum)
