def roster_checksum(records):
    # Stable sorts from the last key to the first, each keyed by a lambda.
    ordered = sorted(records, key=lambda r: r[3], reverse=True)
    ordered = sorted(ordered, key=lambda r: r[2], reverse=True)
    ordered = sorted(ordered, key=lambda r: r[1])
    return sum((i + 1) * r[0] for i, r in enumerate(ordered))
