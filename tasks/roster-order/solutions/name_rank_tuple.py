def roster_checksum(records):
    # Names cannot be negated, so each distinct name gets its rank in descending order; then one stable sort by the
    # tuple (team, -score, rank).
    names = sorted({record[3] for record in records}, reverse=True)
    rank = {name: i for i, name in enumerate(names)}
    ordered = sorted(records, key=lambda r: (r[1], -r[2], rank[r[3]]))
    return sum(position * record[0] for position, record in enumerate(ordered, 1))
