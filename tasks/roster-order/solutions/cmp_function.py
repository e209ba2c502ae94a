from functools import cmp_to_key


def roster_checksum(records):
    # One sort with a comparison function that walks the keys in turn, wrapped by cmp_to_key (the sort is stable,
    # so full ties keep their input order).
    def compare(a, b):
        if a[1] != b[1]:
            return -1 if a[1] < b[1] else 1
        if a[2] != b[2]:
            return -1 if a[2] > b[2] else 1
        if a[3] != b[3]:
            return -1 if a[3] > b[3] else 1
        return 0

    ordered = sorted(records, key=cmp_to_key(compare))
    total = 0
    for position, record in enumerate(ordered, 1):
        total += position * record[0]
    return total
