def assign_jobs(loads, jobs):
    # min() keeps the first of equal keys, so it picks the lowest-numbered least-loaded machine; the scan is a C loop calling the key once per machine.
    load = list(loads)
    machines = range(len(load))
    key = load.__getitem__
    checksum = 0
    for i, w in enumerate(jobs, 1):
        m = min(machines, key=key)
        load[m] += w
        checksum += i * m
    return [max(load), checksum]
