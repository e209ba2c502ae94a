from collections import Counter


def gcd_pair_sum(nums):
    # Every number adds itself to the count of each of its divisors, found by trial division up to its square root
    # (once per distinct value). With cnt[d] numbers divisible by d, gcd(a, b) = sum of phi(d) over the common
    # divisors d gives the answer as the sum of phi(d) * cnt[d] * (cnt[d] - 1) / 2.
    if len(nums) < 2:
        return 0
    m = max(nums)
    cnt = [0] * (m + 1)
    for v, times in Counter(nums).items():
        i = 1
        while i * i <= v:
            if v % i == 0:
                cnt[i] += times
                if i * i != v:
                    cnt[v // i] += times
            i += 1
    phi = list(range(m + 1))
    for p in range(2, m + 1):
        if phi[p] == p:
            for k in range(p, m + 1, p):
                phi[k] -= phi[k] // p
    return sum(phi[d] * (cnt[d] * (cnt[d] - 1) // 2) for d in range(1, m + 1))
