import heapq


class Order:
    # A resting order; heaps compare orders by (key, index) through __lt__, key = price for sells, -price for buys.
    def __init__(self, key, index, price, quantity):
        self.key = key
        self.index = index
        self.price = price
        self.quantity = quantity

    def __lt__(self, other):
        return (self.key, self.index) < (other.key, other.index)


def match_orders(orders):
    # Each side is a heap of Order objects whose top is the best and earliest order; every heap comparison runs the
    # Python-level __lt__, which builds two tuples.
    bids, asks = [], []
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        book = asks if side == "B" else bids
        while qty > 0 and book:
            top = book[0]
            if (side == "B" and top.price > price) or (side == "S" and top.price < price):
                break
            q = min(qty, top.quantity)
            volume += q
            value += q * top.price
            qty -= q
            top.quantity -= q
            if top.quantity == 0:
                heapq.heappop(book)
        if qty > 0:
            if side == "B":
                heapq.heappush(bids, Order(-price, i, price, qty))
            else:
                heapq.heappush(asks, Order(price, i, price, qty))
    return [volume, value]
