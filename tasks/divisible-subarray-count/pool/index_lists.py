def count_divisible_subarrays(nums, k):
    # Keep, for each remainder, the list of prefix positions that have it; pairs within a list are the answer.
    positions = {}
    s = 0
    positions.setdefault(0, []).append(0)
    for i, x in enumerate(nums):
        s += x
        positions.setdefault(s % k, []).append(i + 1)
    result = 0
    for lst in positions.values():
        n = len(lst)
        result += n * (n - 1) // 2
    return result
