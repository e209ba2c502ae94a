from functools import cmp_to_key


def roster_checksum(records):
    # Comparison function on key tuples: team and score compared as a tuple with the score negated, the name by hand.
    def compare(a, b):
        ka, kb = (a[1], -a[2]), (b[1], -b[2])
        if ka != kb:
            return -1 if ka < kb else 1
        if a[3] != b[3]:
            return 1 if a[3] < b[3] else -1
        return 0

    ordered = sorted(records, key=cmp_to_key(compare))
    checksum = 0
    for i, r in enumerate(ordered):
        checksum += (i + 1) * r[0]
    return checksum
