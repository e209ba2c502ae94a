from collections import Counter


def gcd_pair_sum(nums):
    # Smallest-prime-factor sieve; each distinct value is factorised and its divisors generated from the factors.
    if len(nums) < 2:
        return 0
    m = max(nums)
    spf = list(range(m + 1))
    i = 2
    while i * i <= m:
        if spf[i] == i:
            for k in range(i * i, m + 1, i):
                if spf[k] == k:
                    spf[k] = i
        i += 1
    cnt = [0] * (m + 1)
    for v, times in Counter(nums).items():
        divs = [1]
        x = v
        while x > 1:
            p = spf[x]
            e = 0
            while x % p == 0:
                x //= p
                e += 1
            divs = [d * p ** k for d in divs for k in range(e + 1)]
        for d in divs:
            cnt[d] += times
    phi = list(range(m + 1))
    for p in range(2, m + 1):
        if spf[p] == p:
            for k in range(p, m + 1, p):
                phi[k] -= phi[k] // p
    return sum(phi[d] * cnt[d] * (cnt[d] - 1) // 2 for d in range(1, m + 1))
