def reverse_bits(nums):
    # All words as one string of binary digits; the reversed string holds the reversed words in reverse order.
    s = "".join([format(x, "032b") for x in nums])[::-1]
    n = len(nums)
    out = [0] * n
    for i in range(n):
        out[n - 1 - i] = int(s[32 * i:32 * i + 32], 2)
    return out
