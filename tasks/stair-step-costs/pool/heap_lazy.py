import heapq


def min_climb_costs(stairs, ks):
    answers = []
    for costs, k in zip(stairs, ks):
        n = len(costs)
        heap = [(0, 0)]
        value = 0
        for i in range(1, n + 2):
            while heap[0][1] < i - k:
                heapq.heappop(heap)
            value = heap[0][0] + (costs[i - 1] if i <= n else 0)
            heapq.heappush(heap, (value, i))
        answers.append(value)
    return answers
