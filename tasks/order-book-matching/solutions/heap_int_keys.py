import heapq


def match_orders(orders):
    # Each resting order is one integer in its side's heap: price * M + index for sells, (M - 1 - price) * M + index
    # for buys (M exceeds every price and index), so the heap top is the best price and the earliest among equals,
    # and the heaps compare plain ints. Remaining quantities live in a list indexed by arrival.
    m = max(len(orders), 10**6 + 1)
    top_buy = (m - 1) * m
    left = [0] * len(orders)
    bids, asks = [], []
    push, pop = heapq.heappush, heapq.heappop
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            limit = (price + 1) * m
            while asks and asks[0] < limit:
                key = asks[0]
                j = key % m
                rest = left[j]
                p = key // m
                if rest > qty:
                    left[j] = rest - qty
                    volume += qty
                    value += qty * p
                    qty = 0
                    break
                pop(asks)
                volume += rest
                value += rest * p
                qty -= rest
                if not qty:
                    break
            if qty:
                left[i] = qty
                push(bids, top_buy - price * m + i)
        else:
            limit = top_buy - price * m + m
            while bids and bids[0] < limit:
                key = bids[0]
                j = key % m
                rest = left[j]
                p = m - 1 - key // m
                if rest > qty:
                    left[j] = rest - qty
                    volume += qty
                    value += qty * p
                    qty = 0
                    break
                pop(bids)
                volume += rest
                value += rest * p
                qty -= rest
                if not qty:
                    break
            if qty:
                left[i] = qty
                push(asks, price * m + i)
    return [volume, value]
