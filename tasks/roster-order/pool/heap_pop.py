import heapq


def roster_checksum(records):
    # Push (team, -score, name rank, input index, id) tuples on a heap and pop them in order.
    rank = {name: i for i, name in enumerate(sorted({r[3] for r in records}, reverse=True))}
    heap = []
    for i, r in enumerate(records):
        heapq.heappush(heap, (r[1], -r[2], rank[r[3]], i, r[0]))
    total = 0
    position = 1
    while heap:
        total += position * heapq.heappop(heap)[4]
        position += 1
    return total
