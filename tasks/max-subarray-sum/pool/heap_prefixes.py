import heapq


def max_subarray_sum(nums):
    # The smallest earlier prefix sum from a heap of all of them.
    heap = [0]
    prefix = 0
    best = nums[0]
    for x in nums:
        prefix += x
        if prefix - heap[0] > best:
            best = prefix - heap[0]
        heapq.heappush(heap, prefix)
    return best
