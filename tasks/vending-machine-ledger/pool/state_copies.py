COINS = {"n": 5, "d": 10, "q": 25}


def vending_ledger(events, price, cap, capacity):
    # The state is treated as immutable: every event builds a new state dict from the old one.
    state = {"credit": 0, "stock": capacity, "sold": 0, "returned": 0}
    for ev in events:
        new = dict(state)
        if ev in COINS:
            value = COINS[ev]
            if state["credit"] + value > cap:
                new["returned"] = state["returned"] + value
            else:
                new["credit"] = state["credit"] + value
        elif ev == "b":
            if state["stock"] > 0 and state["credit"] >= price:
                new["sold"] = state["sold"] + 1
                new["stock"] = state["stock"] - 1
                new["credit"] = state["credit"] - price
        elif ev == "r":
            new["returned"] = state["returned"] + state["credit"]
            new["credit"] = 0
        elif ev == "s":
            new["stock"] = capacity
        state = new
    return [state["sold"], state["returned"], state["credit"], state["stock"]]
