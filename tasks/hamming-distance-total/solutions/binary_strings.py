def to_binary(x):
    # The 30-character binary form of x, built one digit at a time: the next digit goes in front.
    s = ""
    for _ in range(30):
        s = str(x % 2) + s
        x //= 2
    return s


def total_hamming(nums):
    # A pair differs at a bit exactly when one has it set and the other not: with c numbers having that bit, it adds
    # c * (n - c). Each number is written out as a binary string by a helper, then its characters are counted
    # position by position.
    counts = [0] * 30
    for x in nums:
        s = to_binary(x)
        for i in range(30):
            if s[i] == "1":
                counts[i] += 1
    n = len(nums)
    total = 0
    for c in counts:
        total += c * (n - c)
    return total
