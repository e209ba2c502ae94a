def count_divisible_subarrays(nums, k):
    # For every remainder seen again, add 1 for each earlier occurrence (inner loop over the earlier count).
    freq = {0: 1}
    prefix = 0
    for x in nums:
        prefix = (prefix + x) % k
        freq[prefix] = freq.get(prefix, 0) + 1
    answer = 0
    for v in freq.values():
        for j in range(v):
            answer += j
    return answer
