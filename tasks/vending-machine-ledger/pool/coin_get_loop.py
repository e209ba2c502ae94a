COIN = {"n": 5, "d": 10, "q": 25}


def vending_ledger(events, price, cap, capacity):
    credit, stock, sold, returned = 0, capacity, 0, 0
    coin_of = COIN.get
    for ev in events:
        v = coin_of(ev)
        if v:
            if credit + v > cap:
                returned += v
            else:
                credit += v
        elif ev == "b":
            if stock and credit >= price:
                sold += 1
                stock -= 1
                credit -= price
        elif ev == "r":
            returned += credit
            credit = 0
        else:
            stock = capacity
    return [sold, returned, credit, stock]
