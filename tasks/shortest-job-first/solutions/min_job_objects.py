class Job:
    def __init__(self, index, arrival, duration):
        self.index = index
        self.arrival = arrival
        self.duration = duration

    def __lt__(self, other):
        return (self.duration, self.arrival, self.index) < (other.duration, other.arrival, other.index)


def sjf_order(arrivals, durations):
    # Job objects; the waiting ones in a list, min() (through __lt__) picks the next.
    jobs = sorted((Job(i, a, d) for i, (a, d) in enumerate(zip(arrivals, durations))),
                  key=lambda j: (j.arrival, j.index))
    ready = []
    order = []
    time = 0
    k = 0
    while len(order) < len(jobs):
        while k < len(jobs) and jobs[k].arrival <= time:
            ready.append(jobs[k])
            k += 1
        if not ready:
            time = jobs[k].arrival
            continue
        job = min(ready)
        ready.remove(job)
        order.append(job.index)
        time += job.duration
    return order
