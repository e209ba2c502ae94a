import bisect


def nearest_sum(nums, target, m):
    arr = sorted(nums)
    pos = bisect.bisect_left(arr, target)
    left, right = pos - 1, pos
    chosen = []
    while len(chosen) < m:
        if left >= 0 and (right >= len(arr) or abs(arr[left] - target) <= abs(arr[right] - target)):
            chosen.append(arr[left])
            left -= 1
        else:
            chosen.append(arr[right])
            right += 1
    return sum(chosen)
