import random


def kth_smallest(nums, k):
    # Quickselect partitioning with an explicit loop into three lists.
    rng = random.Random(7)
    values = list(nums)
    k -= 1
    while True:
        pivot = values[rng.randrange(len(values))]
        less, equal, more = [], [], []
        for x in values:
            if x < pivot:
                less.append(x)
            elif x > pivot:
                more.append(x)
            else:
                equal.append(x)
        if k < len(less):
            values = less
        elif k < len(less) + len(equal):
            return pivot
        else:
            k -= len(less) + len(equal)
            values = more
