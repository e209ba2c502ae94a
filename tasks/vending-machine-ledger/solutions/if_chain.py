def vending_ledger(events, price, cap, capacity):
    # The state in local variables, each event through an if/elif chain.
    credit = 0
    stock = capacity
    sold = 0
    returned = 0
    for ev in events:
        if ev == "n" or ev == "d" or ev == "q":
            value = 5 if ev == "n" else 10 if ev == "d" else 25
            if credit + value > cap:
                returned += value
            else:
                credit += value
        elif ev == "b":
            if stock >= 1 and credit >= price:
                sold += 1
                stock -= 1
                credit -= price
        elif ev == "r":
            returned += credit
            credit = 0
        else:
            stock = capacity
    return [sold, returned, credit, stock]
