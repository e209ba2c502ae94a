def min_max_lateness(processing, due):
    n = len(due)
    order = list(range(n))
    for i in range(1, n):
        j = i
        while j > 0 and due[order[j - 1]] > due[order[j]]:
            order[j - 1], order[j] = order[j], order[j - 1]
            j -= 1
    t = 0
    lmax = 0
    check = 0
    for k in range(n):
        job = order[k]
        t += processing[job]
        lmax = max(lmax, t - due[job])
        check += (k + 1) * job
    return (lmax, check)
