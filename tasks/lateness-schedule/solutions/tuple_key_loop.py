def min_max_lateness(processing, due):
    # Earliest due date first (ties by index) is optimal for the maximum lateness: sort, then run the jobs.
    order = sorted(range(len(due)), key=lambda i: (due[i], i))
    time = 0
    worst = 0
    checksum = 0
    for pos, job in enumerate(order, 1):
        time += processing[job]
        late = time - due[job]
        if late > worst:
            worst = late
        checksum += pos * job
    return (worst, checksum)
