from itertools import accumulate
from operator import sub


def min_max_lateness(processing, due):
    # Earliest due date first is optimal for the maximum lateness. sorted() is stable, so sorting the indices by
    # due date alone keeps equal due dates in index order. Completion times by accumulate and the lateness of each
    # job by map(sub); the checksum sum((k + 1) * order[k]) is the sum of the suffix sums of the order, again by
    # accumulate. All in C.
    order = sorted(range(len(due)), key=due.__getitem__)
    finish = accumulate(map(processing.__getitem__, order))
    worst = max(map(sub, finish, map(due.__getitem__, order)), default=0)
    return (max(worst, 0), sum(accumulate(reversed(order))))
