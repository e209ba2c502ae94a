import heapq
from collections import deque


def match_orders(orders):
    # A book of price levels: each price maps to a FIFO deque of [quantity] cells, and a heap per side holds the
    # prices that have a level (an emptied level is deleted from the dict and its price popped).
    levels = {"B": {}, "S": {}}
    prices = {"B": [], "S": []}  # buys as negative prices so both heaps pop the best first
    volume = value = 0
    for side, price, qty in orders:
        other = "S" if side == "B" else "B"
        heap, book = prices[other], levels[other]
        while qty and heap:
            best = heap[0] if other == "S" else -heap[0]
            if (best > price) if side == "B" else (best < price):
                break
            queue = book[best]
            cell = queue[0]
            q = min(qty, cell[0])
            volume += q
            value += q * best
            qty -= q
            cell[0] -= q
            if cell[0] == 0:
                queue.popleft()
                if not queue:
                    del book[best]
                    heapq.heappop(heap)
        if qty:
            mine = levels[side]
            if price not in mine:
                mine[price] = deque()
                heapq.heappush(prices[side], price if side == "S" else -price)
            mine[price].append([qty])
    return [volume, value]
