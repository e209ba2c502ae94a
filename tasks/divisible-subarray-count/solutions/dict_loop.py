def count_divisible_subarrays(nums, k):
    # Running remainder; each earlier prefix with the same remainder closes one divisible subarray.
    seen = {0: 1}
    s = 0
    count = 0
    for x in nums:
        s = (s + x) % k
        c = seen.get(s, 0)
        count += c
        seen[s] = c + 1
    return count
