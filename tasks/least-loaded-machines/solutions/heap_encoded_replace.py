from heapq import heapify, heapreplace


def assign_jobs(loads, jobs):
    # Each machine is one int, load * k + number: ints order by load, then by number, exactly the dispatch rule.
    # Per job: read the top, add its machine (top % k) to the checksum, and one heapreplace pushes the top plus
    # size * k (a single sift, int compares only, no tuple built).
    k = len(loads)
    heap = [load * k + j for j, load in enumerate(loads)]
    heapify(heap)
    replace = heapreplace
    checksum = 0
    i = 0
    for w in jobs:
        i += 1
        top = heap[0]
        checksum += i * (top % k)
        replace(heap, top + w * k)
    return [max(heap) // k, checksum]
