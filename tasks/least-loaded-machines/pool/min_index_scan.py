def assign_jobs(loads, jobs):
    # min() finds the smallest load and list.index its first machine: two scans over the k loads, both in C.
    load = list(loads)
    checksum = 0
    for i, w in enumerate(jobs, 1):
        m = load.index(min(load))
        load[m] += w
        checksum += i * m
    return [max(load), checksum]
