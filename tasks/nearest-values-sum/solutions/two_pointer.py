from bisect import bisect_left


def nearest_sum(nums, target, m):
    # Sort the values, then grow the chosen range outwards from the target's position one element at a time.
    a = sorted(nums)
    n = len(a)
    right = bisect_left(a, target)
    left = right - 1
    total = 0
    for _ in range(m):
        if left < 0:
            total += a[right]
            right += 1
        elif right >= n or target - a[left] <= a[right] - target:
            total += a[left]
            left -= 1
        else:
            total += a[right]
            right += 1
    return total
