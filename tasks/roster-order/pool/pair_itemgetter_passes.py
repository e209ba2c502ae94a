from operator import itemgetter, mul


def roster_checksum(records):
    # Stable sorts from the last key to the first: score and name both go down, so one reverse pass on the
    # (score, name) pair does both, and a second pass orders the teams.
    ordered = sorted(records, key=itemgetter(2, 3), reverse=True)
    ordered.sort(key=itemgetter(1))
    return sum(map(mul, map(itemgetter(0), ordered), range(1, len(ordered) + 1)))
