import heapq


class Order:
    def __init__(self, side, price, index, qty):
        self.side = side
        self.price = price
        self.index = index
        self.qty = qty

    def __lt__(self, other):
        # The better order sorts first: lower price for sells, higher for buys, then earlier arrival.
        if self.price != other.price:
            return self.price < other.price if self.side == "S" else self.price > other.price
        return self.index < other.index


def match_orders(orders):
    books = {"B": [], "S": []}
    volume = 0
    value = 0
    for i, (side, price, qty) in enumerate(orders):
        incoming = Order(side, price, i, qty)
        opposite = books["S" if side == "B" else "B"]
        while incoming.qty > 0 and opposite:
            best = opposite[0]
            crosses = best.price <= price if side == "B" else best.price >= price
            if not crosses:
                break
            q = min(incoming.qty, best.qty)
            volume += q
            value += q * best.price
            incoming.qty -= q
            best.qty -= q
            if best.qty == 0:
                heapq.heappop(opposite)
        if incoming.qty > 0:
            heapq.heappush(books[side], incoming)
    return [volume, value]
