def range_min(a, queries):
    # Scan each range with the builtin min.
    return [min(a[l:r + 1]) for l, r in queries]
