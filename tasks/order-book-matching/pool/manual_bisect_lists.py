def _position(book, key):
    # Where key belongs in the sorted book: a binary search written out in Python.
    lo, hi = 0, len(book)
    while lo < hi:
        mid = (lo + hi) // 2
        if book[mid][0] < key[0] or (book[mid][0] == key[0] and book[mid][1] < key[1]):
            lo = mid + 1
        else:
            hi = mid
    return lo


def match_orders(orders):
    # Each side is a list of [key, index, quantity] sorted worst to best (sells keyed by -price, buys by price, the
    # index breaking ties the other way), so the best order is at the end and leaves by pop(); a resting order is
    # placed by a hand-written binary search and list.insert.
    bids, asks = [], []  # bids: [price, -index, qty]; asks: [-price, -index, qty]
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty > 0 and asks and -asks[-1][0] <= price:
                best = asks[-1]
                q = min(qty, best[2])
                volume += q
                value += q * -best[0]
                qty -= q
                best[2] -= q
                if best[2] == 0:
                    asks.pop()
            if qty > 0:
                entry = [price, -i, qty]
                bids.insert(_position(bids, entry), entry)
        else:
            while qty > 0 and bids and bids[-1][0] >= price:
                best = bids[-1]
                q = min(qty, best[2])
                volume += q
                value += q * best[0]
                qty -= q
                best[2] -= q
                if best[2] == 0:
                    bids.pop()
            if qty > 0:
                entry = [-price, -i, qty]
                asks.insert(_position(asks, entry), entry)
    return [volume, value]
