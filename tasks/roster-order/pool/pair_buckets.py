from operator import itemgetter, mul


def roster_checksum(records):
    # Sort by name descending, then split into lists keyed by (team, -score) in that order; the sorted keys give the
    # order of the lists.
    buckets = {}
    for r in sorted(records, key=itemgetter(3), reverse=True):
        key = (r[1], -r[2])
        b = buckets.get(key)
        if b is None:
            buckets[key] = [r]
        else:
            b.append(r)
    ordered = []
    for key in sorted(buckets):
        ordered += buckets[key]
    return sum(map(mul, map(itemgetter(0), ordered), range(1, len(ordered) + 1)))
