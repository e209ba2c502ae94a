from operator import itemgetter, mul


def roster_checksum(records):
    # Pack (team, -score, name rank) into one integer per record, so one stable sort compares plain ints.
    names = sorted({r[3] for r in records}, reverse=True)
    rank = {name: i for i, name in enumerate(names)}
    spread = len(names) + 1
    ordered = sorted(records, key=lambda r: ((r[1] << 21) + 1_000_000 - r[2]) * spread + rank[r[3]])
    return sum(map(mul, map(itemgetter(0), ordered), range(1, len(ordered) + 1)))
