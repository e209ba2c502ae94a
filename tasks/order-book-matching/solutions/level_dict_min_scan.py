from collections import deque


def match_orders(orders):
    # Price levels in one dict per side (price -> FIFO deque of [quantity] cells); the best resting price is found
    # by scanning the dict's keys with min() or max() every time the incoming order looks for a match.
    bids, asks = {}, {}
    volume = value = 0
    for side, price, qty in orders:
        if side == "B":
            while qty and asks:
                best = min(asks)
                if best > price:
                    break
                queue = asks[best]
                cell = queue[0]
                q = min(qty, cell[0])
                volume += q
                value += q * best
                qty -= q
                cell[0] -= q
                if cell[0] == 0:
                    queue.popleft()
                    if not queue:
                        del asks[best]
            if qty:
                bids.setdefault(price, deque()).append([qty])
        else:
            while qty and bids:
                best = max(bids)
                if best < price:
                    break
                queue = bids[best]
                cell = queue[0]
                q = min(qty, cell[0])
                volume += q
                value += q * best
                qty -= q
                cell[0] -= q
                if cell[0] == 0:
                    queue.popleft()
                    if not queue:
                        del bids[best]
            if qty:
                asks.setdefault(price, deque()).append([qty])
    return [volume, value]
