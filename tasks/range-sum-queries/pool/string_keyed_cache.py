def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    cache = {}
    out = []
    for l, r in queries:
        key = f"{l}:{r}"
        value = cache.get(key)
        if value is None:
            value = prefix[r + 1] - prefix[l]
            cache[key] = value
        out.append(value)
    return out
