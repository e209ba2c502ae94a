def total_hamming(nums):
    # bin() strings padded with zfill, then the columns are counted one character at a time.
    n = len(nums)
    counts = [0] * 30
    for x in nums:
        s = bin(x)[2:].zfill(30)
        for i, ch in enumerate(s):
            if ch == "1":
                counts[i] += 1
    return sum(c * (n - c) for c in counts)
