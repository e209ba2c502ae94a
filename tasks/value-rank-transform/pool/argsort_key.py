def rank_checksum(nums):
    n = len(nums)
    order = sorted(range(n), key=nums.__getitem__)
    ranks = [0] * n
    rank = 0
    for j, i in enumerate(order):
        if j == 0 or nums[i] != nums[order[j - 1]]:
            rank += 1
        ranks[i] = rank
    total = 0
    for i in range(n):
        total += ranks[i] * (i + 1)
    return total % (10**9 + 7)
