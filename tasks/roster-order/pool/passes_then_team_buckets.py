from operator import itemgetter, mul


def roster_checksum(records):
    # Stable passes by name and by score (both descending) over all records, then a stable split by team.
    ordered = sorted(records, key=itemgetter(3), reverse=True)
    ordered.sort(key=itemgetter(2), reverse=True)
    buckets = {}
    for r in ordered:
        b = buckets.get(r[1])
        if b is None:
            buckets[r[1]] = [r]
        else:
            b.append(r)
    out = []
    for t in sorted(buckets):
        out += buckets[t]
    return sum(map(mul, map(itemgetter(0), out), range(1, len(out) + 1)))
