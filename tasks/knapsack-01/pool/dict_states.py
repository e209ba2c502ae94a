def knapsack(weights, values, capacity):
    # Reachable total weights in a dict (weight -> best value), extended item by item into a new dict.
    states = {0: 0}
    for w, v in zip(weights, values):
        nxt = dict(states)
        for tw, tv in states.items():
            nw = tw + w
            if nw <= capacity and nxt.get(nw, -1) < tv + v:
                nxt[nw] = tv + v
        states = nxt
    return max(states.values())
