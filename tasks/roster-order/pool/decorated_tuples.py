def roster_checksum(records):
    # Decorate: rank the names in descending order, build plain tuples (team, -score, rank, input index, id) and sort them
    # without a key function.
    rank = {}
    for i, name in enumerate(sorted(set(r[3] for r in records), reverse=True)):
        rank[name] = i
    decorated = [(r[1], -r[2], rank[r[3]], i, r[0]) for i, r in enumerate(records)]
    decorated.sort()
    return sum(i * t[4] for i, t in enumerate(decorated, 1))
