def nearest_sum(nums, target, m):
    # The answer is a window of m consecutive sorted values; slide it right while the next value is nearer.
    if m == 0:
        return 0
    arr = sorted(nums)
    start = 0
    for i in range(len(arr) - m):
        if target - arr[i] > arr[i + m] - target:
            start = i + 1
        else:
            break
    return sum(arr[start:start + m])
