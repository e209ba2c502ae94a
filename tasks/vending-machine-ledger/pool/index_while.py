def vending_ledger(events, price, cap, capacity):
    credit = 0
    stock = capacity
    sold = 0
    returned = 0
    i = 0
    n = len(events)
    while i < n:
        ev = events[i]
        if ev == "b":
            if stock > 0 and credit >= price:
                sold += 1
                stock -= 1
                credit -= price
        elif ev == "r":
            returned += credit
            credit = 0
        elif ev == "s":
            stock = capacity
        else:
            value = 5 if ev == "n" else (10 if ev == "d" else 25)
            if credit + value > cap:
                returned += value
            else:
                credit += value
        i += 1
    return [sold, returned, credit, stock]
