class PrefixTable:
    def __init__(self, values):
        self.sums = [0]
        for v in values:
            self.sums.append(self.sums[-1] + v)

    def range_sum(self, lo, hi):
        return self.get(hi + 1) - self.get(lo)

    def get(self, i):
        return self.sums[i]


def range_sums(nums, queries):
    table = PrefixTable(nums)
    result = []
    for lo, hi in queries:
        result.append(table.range_sum(lo, hi))
    return result
