def longest_run(nums):
    if not nums:
        return 0
    a = sorted(nums)
    best = run = 1
    for i in range(1, len(a)):
        if a[i] == a[i - 1]:
            continue
        if a[i] == a[i - 1] + 1:
            run += 1
            if run > best:
                best = run
        else:
            run = 1
    return best
