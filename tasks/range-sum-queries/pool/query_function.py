def range_sums(nums, queries):
    prefix = [0]
    total = 0
    for x in nums:
        total += x
        prefix.append(total)

    def query(l, r):
        return prefix[r + 1] - prefix[l]

    return [query(l, r) for l, r in queries]
