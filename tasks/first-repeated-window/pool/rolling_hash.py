def first_repeat(nums, w):
    # Polynomial rolling hash over the windows; candidates with equal hashes are compared element by element.
    n = len(nums)
    if w > n:
        return -1
    mod = (1 << 61) - 1
    base = 1000003
    power = pow(base, w - 1, mod)
    h = 0
    for x in nums[:w]:
        h = (h * base + x) % mod
    seen = {h: [0]}
    for j in range(1, n - w + 1):
        h = ((h - nums[j - 1] * power) * base + nums[j + w - 1]) % mod
        starts = seen.get(h)
        if starts is not None:
            for i in starts:
                if nums[i:i + w] == nums[j:j + w]:
                    return j
            starts.append(j)
        else:
            seen[h] = [j]
    return -1
