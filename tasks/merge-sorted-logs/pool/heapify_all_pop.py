import heapq


def merge_logs(logs):
    # Every timestamp in one heap, popped in order.
    heap = [x for log in logs for x in log]
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]
