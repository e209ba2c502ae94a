def match_orders(orders):
    # Price levels in a dict per side (price -> list of [quantity] cells with a read position), and the prices of
    # each side in a list ordered worst to best, so the best is at the end. A new price walks that list from the
    # best end, one Python step per price, to its place (new orders mostly arrive near the best price).
    levels = {"B": {}, "S": {}}
    prices = {"B": [], "S": []}  # buys ascending (best = highest last), sells descending (best = lowest last)
    volume = value = 0
    for side, price, qty in orders:
        other = "S" if side == "B" else "B"
        book, ps = levels[other], prices[other]
        while qty and ps:
            best = ps[-1]
            if (side == "B" and best > price) or (side == "S" and best < price):
                break
            level = book[best]
            cell = level[0][level[1]]
            q = min(qty, cell[0])
            volume += q
            value += q * best
            qty -= q
            cell[0] -= q
            if cell[0] == 0:
                level[1] += 1
                if level[1] == len(level[0]):
                    del book[best]
                    ps.pop()
        if qty:
            mine = levels[side]
            if price not in mine:
                mine[price] = [[], 0]
                ps = prices[side]
                pos = len(ps)
                if side == "B":
                    while pos > 0 and ps[pos - 1] > price:
                        pos -= 1
                else:
                    while pos > 0 and ps[pos - 1] < price:
                        pos -= 1
                ps.insert(pos, price)
            mine[price][0].append([qty])
    return [volume, value]
