MOD = (1 << 61) - 1


def merge_checksum(streams):
    # Concatenate values and their stream labels in stream order; a stable sort of positions by value keeps equal
    # values in stream order.
    k = len(streams)
    values = []
    labels = []
    for j, s in enumerate(streams):
        values.extend(s)
        labels.extend([j] * len(s))
    order = sorted(range(len(values)), key=values.__getitem__)
    total = 0
    for i, p in enumerate(order, 1):
        total += i * (k * values[p] + labels[p])
    return total % MOD
