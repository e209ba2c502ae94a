import heapq
from collections import namedtuple

Resting = namedtuple("Resting", ["key", "index", "qty"])  # key: price for sells, -price for buys


def match_orders(orders):
    # Heaps of named tuples; a partial fill replaces the top with a copy holding the smaller quantity.
    bids, asks = [], []
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        book = asks if side == "B" else bids
        while qty and book:
            top = book[0]
            top_price = abs(top.key)
            if (side == "B" and top_price > price) or (side == "S" and top_price < price):
                break
            fill = min(qty, top.qty)
            volume += fill
            value += fill * top_price
            qty -= fill
            if fill == top.qty:
                heapq.heappop(book)
            else:
                heapq.heapreplace(book, top._replace(qty=top.qty - fill))
        if qty:
            if side == "B":
                heapq.heappush(bids, Resting(-price, i, qty))
            else:
                heapq.heappush(asks, Resting(price, i, qty))
    return [volume, value]
