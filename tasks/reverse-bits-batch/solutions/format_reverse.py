def reverse_bits(nums):
    # Write each word as 32 binary digits, reverse the string and parse it back.
    out = []
    for x in nums:
        out.append(int(format(x, "032b")[::-1], 2))
    return out
