def count_divisible_subarrays(nums, k):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    mods = sorted([p % k for p in prefix])
    count = 0
    i = 0
    n = len(mods)
    while i < n:
        j = i
        while j < n and mods[j] == mods[i]:
            j += 1
        length = j - i
        count += length * (length - 1) // 2
        i = j
    return count
