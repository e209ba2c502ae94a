from itertools import groupby


def vending_ledger(events, price, cap, capacity):
    # Equal consecutive events are handled together.
    credit = 0
    stock = capacity
    sold = 0
    returned = 0
    values = {"n": 5, "d": 10, "q": 25}
    for ev, grp in groupby(events):
        k = len(list(grp))
        if ev in values:
            v = values[ev]
            take = min(k, (cap - credit) // v)
            credit += take * v
            returned += (k - take) * v
        elif ev == "b":
            m = min(k, stock, credit // price)
            sold += m
            stock -= m
            credit -= m * price
        elif ev == "r":
            returned += credit
            credit = 0
        else:
            stock = capacity
    return [sold, returned, credit, stock]
