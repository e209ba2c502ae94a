import bisect


def match_orders(orders):
    # Price levels in dicts of lists (FIFO by a head pointer per level); the prices with a level are kept in sorted
    # lists, so inserting a new price shifts only the price list, not every order.
    book = {"B": {}, "S": {}}
    sorted_prices = {"B": [], "S": []}
    volume = value = 0
    for side, price, qty in orders:
        other = "S" if side == "B" else "B"
        levels, ps = book[other], sorted_prices[other]
        while qty and ps:
            best = ps[0] if other == "S" else ps[-1]
            if (side == "B" and best > price) or (side == "S" and best < price):
                break
            level = levels[best]
            cell = level[0][level[1]]
            f = min(qty, cell[0])
            volume += f
            value += f * best
            qty -= f
            cell[0] -= f
            if cell[0] == 0:
                level[1] += 1
                if level[1] == len(level[0]):
                    del levels[best]
                    if other == "S":
                        ps.pop(0)
                    else:
                        ps.pop()
        if qty:
            mine = book[side]
            if price not in mine:
                mine[price] = [[], 0]
                bisect.insort(sorted_prices[side], price)
            mine[price][0].append([qty])
    return [volume, value]
