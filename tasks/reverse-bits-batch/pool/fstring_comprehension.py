def reverse_bits(nums):
    return [int(f"{x:032b}"[::-1], 2) for x in nums]
