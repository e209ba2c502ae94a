def min_max_lateness(processing, due):
    n = len(due)
    low = min(due, default=0)
    keys = sorted((due[i] - low) * n + i for i in range(n))
    time = 0
    worst = 0
    checksum = 0
    pos = 0
    for key in keys:
        i = key % n
        pos += 1
        time += processing[i]
        late = time - due[i]
        if late > worst:
            worst = late
        checksum += pos * i
    return (worst, checksum)
