def count_pairs(nums, target):
    # Remember every earlier index of each value as a tuple, rebuilt on every occurrence.
    seen = {}
    count = 0
    for i, x in enumerate(nums):
        earlier = seen.get(target - x, ())
        count += len(earlier)
        seen[x] = seen.get(x, ()) + (i,)
    return count
