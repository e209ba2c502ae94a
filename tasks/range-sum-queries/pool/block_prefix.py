def range_sums(nums, queries):
    # Blocks of 32 values: a prefix sum over the block totals answers the whole blocks of a query at once;
    # the values at the ragged ends are added with sum() over slices.
    n = len(nums)
    size = 32
    block_prefix = [0]
    for start in range(0, n, size):
        block_prefix.append(block_prefix[-1] + sum(nums[start:start + size]))
    out = []
    for l, r in queries:
        first = (l + size - 1) // size  # first whole block
        last = (r + 1) // size          # one past the last whole block
        if first >= last:
            out.append(sum(nums[l:r + 1]))
        else:
            out.append(block_prefix[last] - block_prefix[first]
                       + sum(nums[l:first * size]) + sum(nums[last * size:r + 1]))
    return out
