def count_pairs(nums, target):
    a = sorted(nums)
    i, j = 0, len(a) - 1
    count = 0
    while i < j:
        s = a[i] + a[j]
        if s < target:
            i += 1
        elif s > target:
            j -= 1
        else:
            if a[i] == a[j]:
                k = j - i + 1
                return count + k * (k - 1) // 2
            ci = 1
            while i + ci < j and a[i + ci] == a[i]:
                ci += 1
            cj = 1
            while j - cj > i and a[j - cj] == a[j]:
                cj += 1
            count += ci * cj
            i += ci
            j -= cj
    return count
