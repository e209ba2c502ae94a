def _coin(value):
    def insert(st):
        if st["credit"] + value > st["cap"]:
            st["returned"] += value
        else:
            st["credit"] += value
    return insert


def _buy(st):
    if st["stock"] >= 1 and st["credit"] >= st["price"]:
        st["sold"] += 1
        st["stock"] -= 1
        st["credit"] -= st["price"]


def _refund(st):
    st["returned"] += st["credit"]
    st["credit"] = 0


def _service(st):
    st["stock"] = st["capacity"]


HANDLERS = {"n": _coin(5), "d": _coin(10), "q": _coin(25), "b": _buy, "r": _refund, "s": _service}


def vending_ledger(events, price, cap, capacity):
    # The machine's state in a dict; each event calls its handler.
    st = {"credit": 0, "stock": capacity, "sold": 0, "returned": 0, "price": price, "cap": cap, "capacity": capacity}
    for ev in events:
        HANDLERS[ev](st)
    return [st["sold"], st["returned"], st["credit"], st["stock"]]
