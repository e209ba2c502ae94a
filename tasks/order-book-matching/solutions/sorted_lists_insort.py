import bisect


def match_orders(orders):
    # Each side of the book is a list kept sorted best-first: sells by (price, index), buys by (-price, index);
    # entries are [key, key, quantity] lists, so a partial fill updates the quantity in place. The best order is at
    # position 0, so a fill pops the front, and a resting order is inserted with insort.
    bids = []  # [-price, index, quantity]
    asks = []  # [price, index, quantity]
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty > 0 and asks and asks[0][0] <= price:
                best = asks[0]
                q = min(qty, best[2])
                volume += q
                value += q * best[0]
                qty -= q
                best[2] -= q
                if best[2] == 0:
                    asks.pop(0)
            if qty > 0:
                bisect.insort(bids, [-price, i, qty])
        else:
            while qty > 0 and bids and -bids[0][0] >= price:
                best = bids[0]
                q = min(qty, best[2])
                volume += q
                value += q * -best[0]
                qty -= q
                best[2] -= q
                if best[2] == 0:
                    bids.pop(0)
            if qty > 0:
                bisect.insort(asks, [price, i, qty])
    return [volume, value]
