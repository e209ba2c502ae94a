def count_divisible_subarrays(nums, k):
    # Normalise the remainder to be non-negative, as one would in C or Java.
    count = {0: 1}
    running = 0
    answer = 0
    for i in range(len(nums)):
        running += nums[i]
        r = ((running % k) + k) % k
        if r in count:
            answer += count[r]
            count[r] += 1
        else:
            count[r] = 1
    return answer
