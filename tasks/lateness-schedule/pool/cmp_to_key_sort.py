from functools import cmp_to_key


def min_max_lateness(processing, due):
    def compare(a, b):
        if due[a] != due[b]:
            return -1 if due[a] < due[b] else 1
        return a - b

    order = sorted(range(len(due)), key=cmp_to_key(compare))
    time = 0
    worst = 0
    checksum = 0
    for pos, job in enumerate(order, 1):
        time += processing[job]
        worst = max(worst, time - due[job])
        checksum += pos * job
    return (worst, checksum)
