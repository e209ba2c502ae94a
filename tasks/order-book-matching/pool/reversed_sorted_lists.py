import bisect


def match_orders(orders):
    # Sorted lists with the best order at the END (pop() is cheap); keys are negated so the best sorts last:
    # sells by (-price, -index), buys by (price, -index). Inserting still shifts the tail of the list.
    sells, buys = [], []  # [key1, key2, qty]
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty and sells and -sells[-1][0] <= price:
                best = sells[-1]
                f = min(qty, best[2])
                volume += f
                value += f * -best[0]
                qty -= f
                best[2] -= f
                if not best[2]:
                    sells.pop()
            if qty:
                bisect.insort(buys, [price, -i, qty])
        else:
            while qty and buys and buys[-1][0] >= price:
                best = buys[-1]
                f = min(qty, best[2])
                volume += f
                value += f * best[0]
                qty -= f
                best[2] -= f
                if not best[2]:
                    buys.pop()
            if qty:
                bisect.insort(sells, [-price, -i, qty])
    return [volume, value]
