import random


def kth_smallest(nums, k):
    # Textbook quickselect on a copy: Lomuto partition in place, loop over the shrinking range.
    a = list(nums)
    rng = random.Random(3)
    lo, hi = 0, len(a) - 1
    target = k - 1
    while lo < hi:
        p = rng.randint(lo, hi)
        a[p], a[hi] = a[hi], a[p]
        pivot = a[hi]
        store = lo
        for i in range(lo, hi):
            if a[i] < pivot:
                a[i], a[store] = a[store], a[i]
                store += 1
        a[store], a[hi] = a[hi], a[store]
        # skip over values equal to the pivot so that many duplicates do not stall the search
        end = store
        while end + 1 <= hi and a[end + 1] == pivot:
            end += 1
        if target < store:
            hi = store - 1
        elif target <= end:
            return pivot
        else:
            lo = store + 1
    return a[target]
