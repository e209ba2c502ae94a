def assign_jobs(loads, jobs):
    # A binary min-heap written by hand over (load, index) pairs kept in two parallel lists.
    k = len(loads)
    order = sorted(range(k), key=lambda j: (loads[j], j))
    hl = [loads[j] for j in order]
    hi = order[:]
    checksum = 0
    for i, size in enumerate(jobs):
        m = hi[0]
        checksum += (i + 1) * m
        load = hl[0] + size
        pos = 0
        while True:
            child = 2 * pos + 1
            if child >= k:
                break
            right = child + 1
            if right < k and (hl[right] < hl[child] or (hl[right] == hl[child] and hi[right] < hi[child])):
                child = right
            if hl[child] < load or (hl[child] == load and hi[child] < m):
                hl[pos] = hl[child]
                hi[pos] = hi[child]
                pos = child
            else:
                break
        hl[pos] = load
        hi[pos] = m
    return [max(hl), checksum]
