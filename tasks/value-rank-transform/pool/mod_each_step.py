MOD = 10**9 + 7


def rank_checksum(nums):
    mapping = {}
    for r, v in enumerate(sorted(set(nums))):
        mapping[v] = r + 1
    result = 0
    for i in range(len(nums)):
        result = (result + mapping[nums[i]] * (i + 1)) % MOD
    return result
