MAX_DIGITS = 17
MAX_SUM = 9 * MAX_DIGITS

# WAYS[r][t]: how many strings of r decimal digits (leading zeros allowed) have digit sum t.
WAYS = [[1] + [0] * MAX_SUM]
for _r in range(1, MAX_DIGITS + 1):
    _prev = WAYS[-1]
    WAYS.append([sum(_prev[t - e] for e in range(10) if t - e >= 0) for t in range(MAX_SUM + 1)])
# CUM[r][t]: WAYS[r][0] + ... + WAYS[r][t], so a run of consecutive sums is one subtraction.
CUM = []
for _row in WAYS:
    _acc = 0
    _cum = []
    for _v in _row:
        _acc += _v
        _cum.append(_acc)
    CUM.append(_cum)


def _count_upto(n, s):
    # How many x in [0, n] have digit sum s: walk n's digits from the top. With the digits before position i equal
    # to n's, a smaller digit e there leaves r free digits below, which must sum to the remaining rem - e.
    if n < 0 or s > MAX_SUM:
        return 0
    digits = str(n)
    r = len(digits)
    total = 0
    rem = s
    for ch in digits:
        c = ord(ch) - 48
        r -= 1
        if c:
            # e from 0 to c - 1, remaining sum rem - e from rem - c + 1 to rem, within [0, 9 * r].
            top = rem if rem <= 9 * r else 9 * r
            low = rem - c + 1
            if low <= top:
                cum = CUM[r]
                total += cum[top] - cum[low - 1] if low > 0 else cum[top]
        rem -= c
        if rem < 0:
            return total
    return total + (rem == 0)


def count_digit_sums(queries):
    # Digit DP with a shared table: each query is two walks over at most 16 digits.
    return [_count_upto(hi, s) - _count_upto(lo - 1, s) for lo, hi, s in queries]
