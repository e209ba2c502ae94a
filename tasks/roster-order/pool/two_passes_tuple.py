def roster_checksum(records):
    # First by name descending (a stable reverse sort), then one sort by (team, -score).
    ordered = sorted(records, key=lambda r: r[3], reverse=True)
    ordered.sort(key=lambda r: (r[1], -r[2]))
    total = 0
    for i in range(len(ordered)):
        total += (i + 1) * ordered[i][0]
    return total
