import heapq
from collections import Counter


def stack_min_checksum(ops):
    # The stack, plus a min-heap of its values with lazy deletion: a pop records the value as deleted, a query
    # first discards deleted values from the heap's top.
    stack = []
    heap = []
    deleted = Counter()
    total = 0
    j = 0
    for op in ops:
        if op >= 0 or op == -2:
            v = op if op >= 0 else stack[-1]
            stack.append(v)
            heapq.heappush(heap, v)
        elif op == -1:
            deleted[stack.pop()] += 1
        else:
            while deleted[heap[0]]:
                deleted[heap[0]] -= 1
                heapq.heappop(heap)
            j += 1
            total += j * heap[0]
    return total
