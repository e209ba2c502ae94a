def gcd_pair_sum(nums):
    # gcd(a, b) = sum of phi(d) over the divisors d of gcd(a, b), so the answer is the sum over d of phi(d) times
    # the number of pairs that d divides. phi comes from a sieve, the counts from loops over multiples.
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for x in nums:
        freq[x] += 1
    phi = list(range(m + 1))
    for p in range(2, m + 1):
        if phi[p] == p:
            for k in range(p, m + 1, p):
                phi[k] -= phi[k] // p
    total = 0
    for d in range(1, m + 1):
        c = 0
        for k in range(d, m + 1, d):
            c += freq[k]
        total += phi[d] * (c * (c - 1) // 2)
    return total
