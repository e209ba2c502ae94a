import heapq


def match_orders(orders):
    # Heaps of (price, index) and (-price, index) tuples; remaining quantities in a dict keyed by index.
    asks, bids = [], []
    remaining = {}
    traded = 0
    total = 0
    for i, (side, price, qty) in enumerate(orders):
        book, sign = (asks, 1) if side == "B" else (bids, -1)
        while qty > 0 and book and (book[0][0] <= price if side == "B" else -book[0][0] >= price):
            key, j = book[0]
            p = key * sign
            fill = min(qty, remaining[j])
            traded += fill
            total += fill * p
            qty -= fill
            remaining[j] -= fill
            if remaining[j] == 0:
                del remaining[j]
                heapq.heappop(book)
        if qty > 0:
            remaining[i] = qty
            if side == "B":
                heapq.heappush(bids, (-price, i))
            else:
                heapq.heappush(asks, (price, i))
    return [traded, total]
