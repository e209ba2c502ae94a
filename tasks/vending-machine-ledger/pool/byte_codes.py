def vending_ledger(events, price, cap, capacity):
    # Iterate the ASCII bytes (small ints) and compare with the letters' codes.
    N, D, Q, B, R = 110, 100, 113, 98, 114
    credit = 0
    stock = capacity
    sold = 0
    returned = 0
    for c in events.encode():
        if c == B:
            if stock and credit >= price:
                sold += 1
                stock -= 1
                credit -= price
        elif c == R:
            returned += credit
            credit = 0
        elif c == N or c == D or c == Q:
            v = 5 if c == N else 10 if c == D else 25
            if credit + v <= cap:
                credit += v
            else:
                returned += v
        else:
            stock = capacity
    return [sold, returned, credit, stock]
