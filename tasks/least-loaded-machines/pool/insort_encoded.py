import bisect


def assign_jobs(loads, jobs):
    k = len(loads)
    keys = sorted(load * k + j for j, load in enumerate(loads))
    chosen = []
    for size in jobs:
        top = keys.pop(0)
        chosen.append(top % k)
        bisect.insort(keys, top + size * k)
    checksum = sum((i + 1) * m for i, m in enumerate(chosen))
    return [keys[-1] // k, checksum]
