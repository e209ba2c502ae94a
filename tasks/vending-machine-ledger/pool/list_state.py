def vending_ledger(events, price, cap, capacity):
    st = [0, capacity, 0, 0]  # credit, stock, sold, returned
    for ev in events:
        if ev in ("n", "d", "q"):
            value = {"n": 5, "d": 10, "q": 25}[ev]
            if st[0] + value <= cap:
                st[0] += value
            else:
                st[3] += value
        elif ev == "b":
            if st[1] > 0 and st[0] >= price:
                st[0] -= price
                st[1] -= 1
                st[2] += 1
        elif ev == "r":
            st[3] += st[0]
            st[0] = 0
        elif ev == "s":
            st[1] = capacity
    return [st[2], st[3], st[0], st[1]]
