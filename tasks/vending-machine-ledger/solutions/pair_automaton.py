import sys
from itertools import accumulate
from operator import getitem

_CODES = bytes.maketrans(b"ndqbrs", bytes(range(6)))
_LOW, _HIGH = (1, 256) if sys.byteorder == "little" else (256, 1)
_SLOTS = 5 * _LOW + 5 * _HIGH + 1


def vending_ledger(events, price, cap, capacity):
    # Machine states s = (credit // 5) * (capacity + 1) + stock, and one step's table: step[s][code], sale[s][code].
    width = capacity + 1
    n1 = (cap // 5 + 1) * width
    step = []
    sale = []
    for s in range(n1):
        credit, stock = (s // width) * 5, s % width
        row = [s + 1 * width if credit + 5 <= cap else s,
               s + 2 * width if credit + 10 <= cap else s,
               s + 5 * width if credit + 25 <= cap else s,
               s, stock, s - stock + capacity]
        srow = [0] * 6
        if stock and credit >= price:
            row[3] = s - (price // 5) * width - 1
            srow[3] = 1
        step.append(row)
        sale.append(srow)
    # The events are read two at a time: a pair of codes is one 16-bit word of the translated bytes. An automaton
    # node per (state, sales made by the pair that led to it) is a list indexed by that word (length _SLOTS + sales,
    # so the lengths of the visited nodes add up to the sales). itertools.accumulate walks it with operator.getitem,
    # all in C; the coins returned follow from the money inserted, sold and still held as credit.
    nodes = {(0, capacity): [None] * _SLOTS}
    todo = [(0, capacity)]
    while todo:  # only the nodes reachable from the start are built
        key = todo.pop()
        node = nodes[key]
        row, srow = step[key[1]], sale[key[1]]
        for a in range(6):
            m = row[a]
            row2, srow2 = step[m], sale[m]
            sa = srow[a]
            low = a * _LOW
            for b in range(6):
                nkey = (sa + srow2[b], row2[b])
                nxt = nodes.get(nkey)
                if nxt is None:
                    nxt = nodes[nkey] = [None] * (_SLOTS + nkey[0])
                    todo.append(nkey)
                node[low + b * _HIGH] = nxt
    codes = events.encode().translate(_CODES)
    n = len(codes)
    walk = list(accumulate(memoryview(codes[: n - n % 2]).cast("H"), getitem, initial=nodes[0, capacity]))
    sold = sum(map(len, walk)) - _SLOTS * len(walk)
    last = walk[-1]
    s = next(key[1] for key, node in nodes.items() if node is last)
    if n % 2:
        sold += sale[s][codes[-1]]
        s = step[s][codes[-1]]
    credit, stock = (s // width) * 5, s % width
    inserted = 5 * events.count("n") + 10 * events.count("d") + 25 * events.count("q")
    return [sold, inserted - sold * price - credit, credit, stock]
