import heapq


def assign_jobs(loads, jobs):
    k = len(loads)
    heap = [loads[j] * k + j for j in range(k)]
    heapq.heapify(heap)
    machines = []
    for i in range(len(jobs)):
        top = heapq.heappop(heap)
        machines.append(top % k)
        heapq.heappush(heap, top + jobs[i] * k)
    checksum = 0
    for i in range(len(machines)):
        checksum += (i + 1) * machines[i]
    return [max(heap) // k, checksum]
