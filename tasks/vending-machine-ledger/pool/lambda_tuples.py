def vending_ledger(events, price, cap, capacity):
    # State (credit, stock, sold, returned); each event maps it to a new tuple through a lambda.
    def coin(v):
        return lambda s: (s[0], s[1], s[2], s[3] + v) if s[0] + v > cap else (s[0] + v, s[1], s[2], s[3])

    actions = {
        "n": coin(5),
        "d": coin(10),
        "q": coin(25),
        "b": lambda s: (s[0] - price, s[1] - 1, s[2] + 1, s[3]) if s[1] > 0 and s[0] >= price else s,
        "r": lambda s: (0, s[1], s[2], s[3] + s[0]),
        "s": lambda s: (s[0], capacity, s[2], s[3]),
    }
    state = (0, capacity, 0, 0)
    for ev in events:
        state = actions[ev](state)
    return [state[2], state[3], state[0], state[1]]
