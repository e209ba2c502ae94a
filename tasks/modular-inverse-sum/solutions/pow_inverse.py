def inverse_sum(nums, p):
    # Python 3.8+: pow with exponent -1 and a modulus is the modular inverse, computed in C.
    return sum([pow(x, -1, p) for x in nums])
