def vending_ledger(events, price, cap, capacity):
    # States are numbered (credit // 5) * (capacity + 1) + stock. For each event letter, a table gives the next
    # state and what the event adds to the sold and returned counters; the loop does one lookup per event.
    width = capacity + 1
    nstates = (cap // 5 + 1) * width
    tables = {}
    for ev in "ndqbrs":
        nxt = [0] * nstates
        dsold = [0] * nstates
        dret = [0] * nstates
        for s in range(nstates):
            credit, stock = (s // width) * 5, s % width
            if ev in "ndq":
                v = 5 if ev == "n" else 10 if ev == "d" else 25
                if credit + v > cap:
                    dret[s] = v
                else:
                    credit += v
            elif ev == "b":
                if stock >= 1 and credit >= price:
                    dsold[s] = 1
                    stock -= 1
                    credit -= price
            elif ev == "r":
                dret[s] = credit
                credit = 0
            else:
                stock = capacity
            nxt[s] = (credit // 5) * width + stock
        tables[ev] = (nxt, dsold, dret)
    state = capacity
    sold = 0
    returned = 0
    for ev in events:
        nxt, dsold, dret = tables[ev]
        sold += dsold[state]
        returned += dret[state]
        state = nxt[state]
    return [sold, returned, (state // width) * 5, state % width]
