def nearest_sum(nums, target, m):
    # Sort by distance only, then fix the boundary: at the last distance taken, prefer the smaller values.
    if m == 0:
        return 0
    ordered = sorted(nums, key=lambda v: abs(v - target))
    d = abs(ordered[m - 1] - target)
    total = 0
    count = 0
    for v in ordered:
        if abs(v - target) < d:
            total += v
            count += 1
        else:
            break
    boundary = sorted(v for v in ordered[count:] if abs(v - target) == d)
    total += sum(boundary[:m - count])
    return total
