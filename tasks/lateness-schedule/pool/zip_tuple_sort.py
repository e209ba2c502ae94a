def min_max_lateness(processing, due):
    jobs = sorted(zip(due, range(len(due)), processing))
    time = 0
    worst = 0
    checksum = 0
    for pos, (d, i, p) in enumerate(jobs, 1):
        time += p
        if time - d > worst:
            worst = time - d
        checksum += pos * i
    return (worst, checksum)
