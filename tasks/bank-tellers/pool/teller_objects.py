from collections import deque


class Teller:
    def __init__(self, number):
        self.number = number
        self.busy_until = 0

    def is_free(self, time):
        return self.busy_until <= time


def assign_tellers(k, arrivals, durations):
    # Object-oriented simulation: Teller objects, a deque line, event times advanced to the next change.
    tellers = [Teller(j) for j in range(k)]
    n = len(arrivals)
    served_by = [0] * n
    line = deque()
    nxt = 0
    time = 0
    done = 0
    while done < n:
        while nxt < n and arrivals[nxt] <= time:
            line.append(nxt)
            nxt += 1
        for teller in tellers:
            if line and teller.is_free(time):
                c = line.popleft()
                served_by[c] = teller.number
                teller.busy_until = time + durations[c]
                done += 1
        changes = [tl.busy_until for tl in tellers if tl.busy_until > time]
        if nxt < n:
            changes.append(arrivals[nxt])
        if changes:
            time = min(changes)
    return served_by
