def vending_ledger(events, price, cap, capacity):
    credit = 0
    stock = capacity
    sold = 0
    returned = 0
    for ev in events:
        match ev:
            case "n" | "d" | "q":
                coin = {"n": 5, "d": 10, "q": 25}[ev]
                if credit + coin <= cap:
                    credit += coin
                else:
                    returned += coin
            case "b":
                if stock > 0 and credit >= price:
                    stock -= 1
                    credit -= price
                    sold += 1
            case "r":
                returned += credit
                credit = 0
            case "s":
                stock = capacity
    return [sold, returned, credit, stock]
