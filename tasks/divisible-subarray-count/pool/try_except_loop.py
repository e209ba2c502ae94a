def count_divisible_subarrays(nums, k):
    counts = {0: 1}
    total = 0
    ans = 0
    for x in nums:
        total += x
        m = total % k
        try:
            ans += counts[m]
            counts[m] += 1
        except KeyError:
            counts[m] = 1
    return ans
