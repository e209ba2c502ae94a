from itertools import repeat


def inverse_sum(nums, p):
    return sum(map(pow, nums, repeat(-1), repeat(p)))
