import random


def kth_smallest(nums, k):
    # Quickselect with one random pivot and three-way partition by comprehensions.
    rng = random.Random(12345)
    values = nums
    k -= 1
    while True:
        pivot = values[rng.randrange(len(values))]
        less = [x for x in values if x < pivot]
        if k < len(less):
            values = less
            continue
        equal = values.count(pivot)
        if k < len(less) + equal:
            return pivot
        k -= len(less) + equal
        values = [x for x in values if x > pivot]
