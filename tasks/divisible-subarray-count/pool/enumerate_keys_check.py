def count_divisible_subarrays(nums, k):
    mod_count = {0: 1}
    prefix_sum = 0
    result = 0
    for idx, num in enumerate(nums):
        prefix_sum += num
        mod = prefix_sum % k
        if mod < 0:
            mod += k
        if mod in mod_count.keys():
            result += mod_count[mod]
        mod_count[mod] = mod_count.get(mod, 0) + 1
    return result
