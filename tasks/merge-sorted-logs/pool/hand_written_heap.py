def merge_logs(logs):
    # A binary min-heap of [value, log, position] entries, sifted by hand instead of with heapq.
    heap = [[log[0], j, 0] for j, log in enumerate(logs) if log]

    def sift_down(i):
        n = len(heap)
        while True:
            small = i
            left = 2 * i + 1
            right = left + 1
            if left < n and heap[left][0] < heap[small][0]:
                small = left
            if right < n and heap[right][0] < heap[small][0]:
                small = right
            if small == i:
                return
            heap[i], heap[small] = heap[small], heap[i]
            i = small

    for i in range(len(heap) // 2 - 1, -1, -1):
        sift_down(i)
    out = []
    while heap:
        top = heap[0]
        out.append(top[0])
        log = logs[top[1]]
        top[2] += 1
        if top[2] < len(log):
            top[0] = log[top[2]]
        else:
            last = heap.pop()
            if not heap:
                break
            heap[0] = last
        sift_down(0)
    return out
