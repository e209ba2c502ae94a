import heapq


def kth_smallest(nums, k):
    # Keep the k smallest values seen so far in a max-heap (negated values); its top is the k-th smallest.
    heap = [-x for x in nums[:k]]
    heapq.heapify(heap)
    for x in nums[k:]:
        if -x > heap[0]:
            heapq.heapreplace(heap, -x)
    return -heap[0]
