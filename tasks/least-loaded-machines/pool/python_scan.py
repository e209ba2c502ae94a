def assign_jobs(loads, jobs):
    # Scan every machine for the smallest load (the first one found wins ties).
    load = list(loads)
    k = len(load)
    checksum = 0
    for i, w in enumerate(jobs):
        best = 0
        for j in range(1, k):
            if load[j] < load[best]:
                best = j
        load[best] += w
        checksum += (i + 1) * best
    return [max(load), checksum]
