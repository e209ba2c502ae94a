def min_max_lateness(processing, due):
    n = len(due)
    order = sorted(range(n), key=lambda i: due[i])
    completion = []
    t = 0
    for i in order:
        t += processing[i]
        completion.append(t)
    lateness = [max(0, completion[k] - due[order[k]]) for k in range(n)]
    checksum = sum([(k + 1) * order[k] for k in range(n)])
    return (max(lateness) if lateness else 0, checksum)
