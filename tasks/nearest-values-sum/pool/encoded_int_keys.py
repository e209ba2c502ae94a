def nearest_sum(nums, target, m):
    # Encode (distance, side) in one int: 2 * distance, plus 1 above the target, so ints sort in the wanted order.
    keys = [2 * (x - target) + 1 if x > target else 2 * (target - x) for x in nums]
    keys.sort()
    total = 0
    for k in keys[:m]:
        if k & 1:
            total += target + (k >> 1)
        else:
            total += target - (k >> 1)
    return total
