from collections import defaultdict


def min_max_lateness(processing, due):
    buckets = defaultdict(list)
    for i, d in enumerate(due):
        buckets[d].append(i)
    time = 0
    worst = 0
    checksum = 0
    pos = 1
    for d in sorted(buckets):
        for i in buckets[d]:
            time += processing[i]
            if time - d > worst:
                worst = time - d
            checksum += pos * i
            pos += 1
    return (worst, checksum)
