import heapq


def running_medians(nums):
    small = []
    large = []
    medians = []
    for x in nums:
        heapq.heappush(small, -x)
        heapq.heappush(large, -heapq.heappop(small))
        if len(large) > len(small):
            heapq.heappush(small, -heapq.heappop(large))
        if len(small) > len(large):
            medians.append(float(-small[0]))
        else:
            medians.append((large[0] - small[0]) / 2.0)
    return medians
