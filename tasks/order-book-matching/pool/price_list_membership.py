import bisect
from collections import deque


def match_orders(orders):
    # Price levels in a dict per side (price -> FIFO deque of [quantity] cells) and the side's prices in a sorted
    # list; whether a resting order opens a new level is asked of that list (`price in prices`, a linear scan).
    bids, asks = {}, {}
    bid_prices, ask_prices = [], []  # ascending: the best bid is last, the best ask first
    volume = value = 0
    for side, price, qty in orders:
        if side == "B":
            while qty and ask_prices and ask_prices[0] <= price:
                best = ask_prices[0]
                queue = asks[best]
                q = min(qty, queue[0][0])
                volume += q
                value += q * best
                qty -= q
                queue[0][0] -= q
                if queue[0][0] == 0:
                    queue.popleft()
                    if not queue:
                        del asks[best]
                        ask_prices.pop(0)
            if qty:
                if price not in bid_prices:
                    bisect.insort(bid_prices, price)
                    bids[price] = deque()
                bids[price].append([qty])
        else:
            while qty and bid_prices and bid_prices[-1] >= price:
                best = bid_prices[-1]
                queue = bids[best]
                q = min(qty, queue[0][0])
                volume += q
                value += q * best
                qty -= q
                queue[0][0] -= q
                if queue[0][0] == 0:
                    queue.popleft()
                    if not queue:
                        del bids[best]
                        bid_prices.pop()
            if qty:
                if price not in ask_prices:
                    bisect.insort(ask_prices, price)
                    asks[price] = deque()
                asks[price].append([qty])
    return [volume, value]
