def assign_tellers(k, arrivals, durations):
    # Seat customers in order; the teller is the first one (by number) whose free time has passed.
    tellers = [0] * k
    assignment = []
    clock = 0
    for i, arrival in enumerate(arrivals):
        clock = max(clock, arrival)
        earliest = min(tellers)
        if earliest > clock:
            clock = earliest
        teller = next(j for j, free in enumerate(tellers) if free <= clock)
        tellers[teller] = clock + durations[i]
        assignment.append(teller)
    return assignment
