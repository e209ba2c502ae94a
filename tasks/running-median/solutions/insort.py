import bisect


def running_medians(nums):
    # Keep the prefix sorted by inserting each value at its place (linear shift per insertion).
    prefix = []
    out = []
    for x in nums:
        bisect.insort(prefix, x)
        m = len(prefix)
        if m % 2:
            out.append(float(prefix[m // 2]))
        else:
            out.append((prefix[m // 2 - 1] + prefix[m // 2]) / 2)
    return out
