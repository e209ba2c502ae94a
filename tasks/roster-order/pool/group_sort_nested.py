from itertools import groupby


def roster_checksum(records):
    # Sort by (team, -score), then re-sort every run of equal (team, score) by name descending.
    ordered = sorted(records, key=lambda r: (r[1], -r[2]))
    result = []
    for _, run in groupby(ordered, key=lambda r: (r[1], r[2])):
        run = sorted(run, key=lambda r: r[3], reverse=True)
        result += run
    return sum(i * r[0] for i, r in enumerate(result, 1))
