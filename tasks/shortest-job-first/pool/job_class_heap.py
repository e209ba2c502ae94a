import heapq


class Job:
    def __init__(self, index, arrival, duration):
        self.index = index
        self.arrival = arrival
        self.duration = duration

    def __lt__(self, other):
        return (self.duration, self.arrival, self.index) < (other.duration, other.arrival, other.index)


def sjf_order(arrivals, durations):
    # Job objects ordered by __lt__ in a heap.
    jobs = [Job(i, a, d) for i, (a, d) in enumerate(zip(arrivals, durations))]
    jobs.sort(key=lambda j: (j.arrival, j.index))
    heap = []
    order = []
    t = 0
    k = 0
    while k < len(jobs) or heap:
        if not heap and jobs[k].arrival > t:
            t = jobs[k].arrival
        while k < len(jobs) and jobs[k].arrival <= t:
            heapq.heappush(heap, jobs[k])
            k += 1
        job = heapq.heappop(heap)
        order.append(job.index)
        t += job.duration
    return order
