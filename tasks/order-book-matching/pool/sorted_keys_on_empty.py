def match_orders(orders):
    # Price levels in a dict per side (price -> list of [quantity] cells, served from the front with pop(0)); the
    # best price of a side is kept, and when its level empties the side's prices are sorted again to find the next.
    bids, asks = {}, {}
    best_bid = best_ask = None
    volume = value = 0
    for side, price, qty in orders:
        if side == "B":
            while qty and best_ask is not None and best_ask <= price:
                level = asks[best_ask]
                q = min(qty, level[0][0])
                volume += q
                value += q * best_ask
                qty -= q
                level[0][0] -= q
                if level[0][0] == 0:
                    level.pop(0)
                    if not level:
                        del asks[best_ask]
                        best_ask = sorted(asks)[0] if asks else None
            if qty:
                if price in bids:
                    bids[price].append([qty])
                else:
                    bids[price] = [[qty]]
                    if best_bid is None or price > best_bid:
                        best_bid = price
        else:
            while qty and best_bid is not None and best_bid >= price:
                level = bids[best_bid]
                q = min(qty, level[0][0])
                volume += q
                value += q * best_bid
                qty -= q
                level[0][0] -= q
                if level[0][0] == 0:
                    level.pop(0)
                    if not level:
                        del bids[best_bid]
                        best_bid = sorted(bids, reverse=True)[0] if bids else None
            if qty:
                if price in asks:
                    asks[price].append([qty])
                else:
                    asks[price] = [[qty]]
                    if best_ask is None or price < best_ask:
                        best_ask = price
    return [volume, value]
