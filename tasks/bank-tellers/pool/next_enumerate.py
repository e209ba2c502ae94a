def assign_tellers(k, arrivals, durations):
    # Seat customers in order; the teller is the lowest number among those whose free time has passed
    # (the free ones sorted, the first taken).
    tellers = [0] * k
    assignment = []
    clock = 0
    for i, arrival in enumerate(arrivals):
        clock = max(clock, arrival)
        earliest = min(tellers)
        if earliest > clock:
            clock = earliest
        teller = sorted(j for j, free in enumerate(tellers) if free <= clock)[0]
        tellers[teller] = clock + durations[i]
        assignment.append(teller)
    return assignment
