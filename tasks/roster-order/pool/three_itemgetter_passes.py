from operator import itemgetter


def roster_checksum(records):
    # Stable sorts from the last key to the first: name descending, score descending, team.
    ordered = sorted(records, key=itemgetter(3), reverse=True)
    ordered.sort(key=itemgetter(2), reverse=True)
    ordered.sort(key=itemgetter(1))
    return sum(i * r[0] for i, r in enumerate(ordered, 1))
