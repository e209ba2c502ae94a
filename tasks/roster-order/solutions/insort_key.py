from bisect import insort


def roster_checksum(records):
    # Keep the roster sorted while reading it: insort each record after its equals, keyed by (team, -score, name
    # rank).
    rank = {name: i for i, name in enumerate(sorted({r[3] for r in records}, reverse=True))}
    ordered = []
    for r in records:
        insort(ordered, r, key=lambda x: (x[1], -x[2], rank[x[3]]))
    return sum(i * r[0] for i, r in enumerate(ordered, 1))
