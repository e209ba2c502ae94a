def count_inversions(nums):
    # Bottom-up merge sort with a buffer, index arithmetic, no recursion.
    a = list(nums)
    n = len(a)
    buf = [0] * n
    total = 0
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if a[j] < a[i]:
                    buf[k] = a[j]
                    total += mid - i
                    j += 1
                else:
                    buf[k] = a[i]
                    i += 1
                k += 1
            buf[k:hi] = a[i:mid] if i < mid else a[j:hi]
        a, buf = buf, a
        width *= 2
    return total
