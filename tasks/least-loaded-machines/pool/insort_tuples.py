import bisect


def assign_jobs(loads, jobs):
    # Keep the machines in a sorted list of (load, index); the first entry is the one to use.
    order = sorted((load, j) for j, load in enumerate(loads))
    checksum = 0
    for i, size in enumerate(jobs):
        load, j = order.pop(0)
        checksum += (i + 1) * j
        bisect.insort(order, (load + size, j))
    return [order[-1][0], checksum]
