from bisect import insort


def min_max_lateness(processing, due):
    # Keep the jobs seen so far in a sorted list of (due, index) pairs, inserting each by binary search; then run
    # them in that (earliest-due-date) order.
    ranked = []
    for i in range(len(due)):
        insort(ranked, (due[i], i))
    time = 0
    worst = 0
    checksum = 0
    pos = 0
    for d, i in ranked:
        pos += 1
        time += processing[i]
        worst = max(worst, time - d)
        checksum += pos * i
    return (worst, checksum)
