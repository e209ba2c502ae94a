def topo_order(n, edges):
    # Kahn's algorithm with a hand-written binary min-heap of the ready nodes.
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    heap = []

    def push(x):
        heap.append(x)
        i = len(heap) - 1
        while i > 0:
            p = (i - 1) // 2
            if heap[p] <= heap[i]:
                break
            heap[p], heap[i] = heap[i], heap[p]
            i = p

    def pop():
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            size = len(heap)
            while True:
                left = 2 * i + 1
                if left >= size:
                    break
                child = left
                if left + 1 < size and heap[left + 1] < heap[left]:
                    child = left + 1
                if heap[i] <= heap[child]:
                    break
                heap[i], heap[child] = heap[child], heap[i]
                i = child
        return top

    for u in range(n):
        if indegree[u] == 0:
            push(u)
    order = []
    while heap:
        u = pop()
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                push(v)
    return order
