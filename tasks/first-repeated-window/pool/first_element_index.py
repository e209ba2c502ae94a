def first_repeat(nums, w):
    # Index earlier starts by their first element; compare a new window only with starts sharing it.
    n = len(nums)
    by_first = {}
    for j in range(n - w + 1):
        candidates = by_first.get(nums[j])
        if candidates is None:
            by_first[nums[j]] = [j]
            continue
        for i in candidates:
            if nums[i:i + w] == nums[j:j + w]:
                return j
        candidates.append(j)
    return -1
