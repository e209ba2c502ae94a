from collections import Counter
from operator import mul


def gcd_pair_sum(nums):
    # Sum over d of phi(d) * C(cnt[d], 2): phi from a sieve rewriting each prime's multiples with a slice, cnt[d]
    # as a strided slice sum of the value counts.
    if len(nums) < 2:
        return 0
    m = max(nums)
    freq = [0] * (m + 1)
    for v, c in Counter(nums).items():
        freq[v] = c
    phi = list(range(m + 1))
    for p in range(2, m + 1):
        if phi[p] == p:
            phi[p::p] = [x - x // p for x in phi[p::p]]
    pairs = [0] * (m + 1)
    for d in range(1, m + 1):
        c = sum(freq[d::d])
        pairs[d] = c * (c - 1) // 2
    return sum(map(mul, phi, pairs))
