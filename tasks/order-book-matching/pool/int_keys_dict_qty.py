import heapq

SCALE = 1 << 20  # above every price and every index


def match_orders(orders):
    # One integer key per resting order (price-major, arrival-minor), quantities in a dict.
    asks, bids = [], []
    qty_of = {}
    volume = value = 0
    for i, (side, price, qty) in enumerate(orders):
        if side == "B":
            while qty and asks and asks[0] // SCALE <= price:
                key = asks[0]
                f = min(qty, qty_of[key])
                volume += f
                value += f * (key // SCALE)
                qty -= f
                qty_of[key] -= f
                if qty_of[key] == 0:
                    del qty_of[key]
                    heapq.heappop(asks)
            if qty:
                key = (SCALE - price) * SCALE + i
                qty_of[key] = qty
                heapq.heappush(bids, key)
        else:
            while qty and bids and SCALE - bids[0] // SCALE >= price:
                key = bids[0]
                f = min(qty, qty_of[key])
                volume += f
                value += f * (SCALE - key // SCALE)
                qty -= f
                qty_of[key] -= f
                if qty_of[key] == 0:
                    del qty_of[key]
                    heapq.heappop(bids)
            if qty:
                key = price * SCALE + i
                qty_of[key] = qty
                heapq.heappush(asks, key)
    return [volume, value]
