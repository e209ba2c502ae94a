from itertools import compress


def tower_cross_sum(grid):
    # Column counts from columns joined out of zip(*grid); each row encoded and translated to 0/1 bytes on its own,
    # which select its column counts through compress.
    if not grid:
        return 0
    table = bytes.maketrans(b"#.", b"\x01\x00")
    col_count = ["".join(col).count("#") for col in zip(*grid)]
    total = 0
    for row in grid:
        k = row.count("#")
        if k:
            total += k * sum(compress(col_count, row.encode().translate(table)))
    return total
