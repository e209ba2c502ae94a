def longest_run(nums):
    # Walks from every run start in the list itself (duplicated starts walk again).
    present = set(nums)
    best = 0
    for x in nums:
        if x - 1 not in present:
            y = x
            while y + 1 in present:
                y += 1
            best = max(best, y - x + 1)
    return best
