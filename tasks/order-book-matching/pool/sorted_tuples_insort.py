from bisect import insort


def match_orders(orders):
    # Sorted lists of immutable tuples, best first; a partial fill rebuilds the front tuple.
    buys, sells = [], []
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty > 0 and sells and sells[0][0] <= price:
                p, j, q = sells[0]
                f = min(q, qty)
                volume += f
                value += f * p
                qty -= f
                if q == f:
                    del sells[0]
                else:
                    sells[0] = (p, j, q - f)
            if qty > 0:
                insort(buys, (-price, i, qty))
        else:
            while qty > 0 and buys and -buys[0][0] >= price:
                p, j, q = buys[0]
                f = min(q, qty)
                volume += f
                value += f * -p
                qty -= f
                if q == f:
                    del buys[0]
                else:
                    buys[0] = (p, j, q - f)
            if qty > 0:
                insort(sells, (price, i, qty))
    return [volume, value]
