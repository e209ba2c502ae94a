from collections import deque


def match_orders(orders):
    # Price levels in one dict per side (price -> FIFO deque of [quantity] cells) and the best price of each side
    # kept in a variable: a new level updates it by one comparison, and when the best level empties the next best
    # is found by scanning the dict's keys with min() or max().
    bids, asks = {}, {}
    best_bid = best_ask = None
    volume = value = 0
    for side, price, qty in orders:
        if side == "B":
            while qty and best_ask is not None and best_ask <= price:
                queue = asks[best_ask]
                cell = queue[0]
                q = min(qty, cell[0])
                volume += q
                value += q * best_ask
                qty -= q
                cell[0] -= q
                if cell[0] == 0:
                    queue.popleft()
                    if not queue:
                        del asks[best_ask]
                        best_ask = min(asks) if asks else None
            if qty:
                if price not in bids:
                    bids[price] = deque()
                    if best_bid is None or price > best_bid:
                        best_bid = price
                bids[price].append([qty])
        else:
            while qty and best_bid is not None and best_bid >= price:
                queue = bids[best_bid]
                cell = queue[0]
                q = min(qty, cell[0])
                volume += q
                value += q * best_bid
                qty -= q
                cell[0] -= q
                if cell[0] == 0:
                    queue.popleft()
                    if not queue:
                        del bids[best_bid]
                        best_bid = max(bids) if bids else None
            if qty:
                if price not in asks:
                    asks[price] = deque()
                    if best_ask is None or price < best_ask:
                        best_ask = price
                asks[price].append([qty])
    return [volume, value]
