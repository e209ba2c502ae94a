def divisor_count_sum(n):
    # sum_{k=1..n} n // k, walking over the O(sqrt n) blocks of k on which n // k is constant.
    total = 0
    k = 1
    while k <= n:
        q = n // k
        last = n // q
        total += q * (last - k + 1)
        k = last + 1
    return total
