def reverse_bits(nums):
    result = []
    for num in nums:
        bits = bin(num)[2:]
        bits = bits.zfill(32)
        reversed_bits = "".join(reversed(bits))
        result.append(int(reversed_bits, 2))
    return result
