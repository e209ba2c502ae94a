from itertools import accumulate

MOD = (1 << 61) - 1


def merge_checksum(streams):
    # Entry (v, j) as the single int x = k*v + j (0 <= j < k), whose order is the merge's order. Each stream's codes
    # form one sorted run; Timsort finds the k runs and merges them in C. The weighted sum comes from prefix sums
    # P_m (accumulate, in C): sum of i * x_i for i = 1..N equals (N + 1) * P_N - (P_1 + ... + P_N).
    k = len(streams)
    codes = []
    for j, s in enumerate(streams):
        codes += [v * k + j for v in s]
    codes.sort()
    return ((len(codes) + 1) * sum(codes) - sum(accumulate(codes))) % MOD
