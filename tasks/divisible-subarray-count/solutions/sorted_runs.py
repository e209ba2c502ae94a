def count_divisible_subarrays(nums, k):
    # Two prefixes with the same remainder bound a divisible subarray: sort the remainders, count equal runs.
    mods = [0]
    s = 0
    for x in nums:
        s += x
        mods.append(s % k)
    mods.sort()
    count = 0
    run = 1
    for i in range(1, len(mods)):
        if mods[i] == mods[i - 1]:
            run += 1
        else:
            count += run * (run - 1) // 2
            run = 1
    count += run * (run - 1) // 2
    return count
