from itertools import accumulate


def min_max_lateness(processing, due):
    pairs = sorted(zip(due, range(len(due))))
    order = [i for _, i in pairs]
    finish = list(accumulate(processing[i] for i in order))
    worst = max([finish[k] - pairs[k][0] for k in range(len(order))], default=0)
    checksum = sum((k + 1) * i for k, i in enumerate(order))
    return (max(0, worst), checksum)
