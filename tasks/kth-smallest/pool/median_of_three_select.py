def kth_smallest(nums, k):
    # Quickselect with a median-of-three pivot and comprehension partitions.
    values = nums
    k -= 1
    while True:
        n = len(values)
        if n <= 16:
            return sorted(values)[k]
        pivot = sorted((values[0], values[n // 2], values[-1]))[1]
        less = [x for x in values if x < pivot]
        equal = [x for x in values if x == pivot]
        if k < len(less):
            values = less
        elif k < len(less) + len(equal):
            return pivot
        else:
            k -= len(less) + len(equal)
            values = [x for x in values if x > pivot]
