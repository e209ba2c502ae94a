import heapq


def match_orders(orders):
    # Two heaps: sells as [price, index, quantity], buys as [-price, index, quantity]; the top is the best resting
    # order and a partial fill updates its quantity in place (the key fields do not change, so the heap stays valid).
    bids, asks = [], []
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty and asks and asks[0][0] <= price:
                top = asks[0]
                q = qty if qty < top[2] else top[2]
                volume += q
                value += q * top[0]
                qty -= q
                top[2] -= q
                if not top[2]:
                    heapq.heappop(asks)
            if qty:
                heapq.heappush(bids, [-price, i, qty])
        else:
            while qty and bids and -bids[0][0] >= price:
                top = bids[0]
                q = qty if qty < top[2] else top[2]
                volume += q
                value -= q * top[0]
                qty -= q
                top[2] -= q
                if not top[2]:
                    heapq.heappop(bids)
            if qty:
                heapq.heappush(asks, [price, i, qty])
    return [volume, value]
