import heapq


def _fill(book, qty, crosses, price_of, totals):
    # Trade an incoming quantity against one side of the book while its best order crosses.
    while qty > 0 and book and crosses(price_of(book[0])):
        best = book[0]
        q = min(qty, best[2])
        totals[0] += q
        totals[1] += q * price_of(best)
        qty -= q
        best[2] -= q
        if best[2] == 0:
            heapq.heappop(book)
    return qty


def match_orders(orders):
    # One helper serves both sides, parameterised by lambdas for the crossing test and the price of an entry.
    bids, asks = [], []
    totals = [0, 0]
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            rest = _fill(asks, qty, lambda p: p <= price, lambda e: e[0], totals)
            if rest:
                heapq.heappush(bids, [-price, i, rest])
        else:
            rest = _fill(bids, qty, lambda p: p >= price, lambda e: -e[0], totals)
            if rest:
                heapq.heappush(asks, [price, i, rest])
    return totals
