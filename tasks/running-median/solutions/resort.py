def running_medians(nums):
    # Sort the whole prefix again after every insertion.
    prefix = []
    out = []
    for x in nums:
        prefix.append(x)
        prefix.sort()
        m = len(prefix)
        if m % 2:
            out.append(float(prefix[m // 2]))
        else:
            out.append((prefix[m // 2 - 1] + prefix[m // 2]) / 2)
    return out
