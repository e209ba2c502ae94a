import heapq


def match_orders(orders):
    # Immutable (key, index, quantity) tuples: a partial fill replaces the top with its remainder.
    bids, asks = [], []
    vol = val = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty and asks and asks[0][0] <= price:
                p, j, q = asks[0]
                f = min(q, qty)
                vol += f
                val += f * p
                qty -= f
                if q > f:
                    heapq.heapreplace(asks, (p, j, q - f))
                else:
                    heapq.heappop(asks)
            if qty:
                heapq.heappush(bids, (-price, i, qty))
        else:
            while qty and bids and -bids[0][0] >= price:
                p, j, q = bids[0]
                f = min(q, qty)
                vol += f
                val += f * -p
                qty -= f
                if q > f:
                    heapq.heapreplace(bids, (p, j, q - f))
                else:
                    heapq.heappop(bids)
            if qty:
                heapq.heappush(asks, (price, i, qty))
    return [vol, val]
