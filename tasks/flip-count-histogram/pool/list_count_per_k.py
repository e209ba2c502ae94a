def flip_histogram(readings):
    # All flip counts first, then one list.count per possible value.
    flips = [(a ^ b).bit_count() for a, b in zip(readings, readings[1:])]
    return [flips.count(k) for k in range(65)]
