from functools import reduce


def count_divisible_subarrays(nums, k):
    def step(state, x):
        s, total, seen = state
        s = (s + x) % k
        c = seen.get(s, 0)
        seen[s] = c + 1
        return (s, total + c, seen)

    return reduce(step, nums, (0, 0, {0: 1}))[1]
