def count_inversions(nums):
    # Bottom-up merge sort; when an element of the right run is placed, every element still waiting in the
    # left run is larger than it.
    a = list(nums)
    n = len(a)
    buf = [0] * n
    total = 0
    width = 1
    while width < n:
        for lo in range(0, n - width, 2 * width):
            mid = lo + width
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
            if i < mid:
                buf[k:hi] = a[i:mid]
            else:
                buf[k:hi] = a[j:hi]
            a[lo:hi] = buf[lo:hi]
        width *= 2
    return total
