from collections import namedtuple

State = namedtuple("State", "credit stock sold returned")
VALUES = {"n": 5, "d": 10, "q": 25}


def vending_ledger(events, price, cap, capacity):
    state = State(0, capacity, 0, 0)
    for ev in events:
        if ev in VALUES:
            v = VALUES[ev]
            if state.credit + v > cap:
                state = state._replace(returned=state.returned + v)
            else:
                state = state._replace(credit=state.credit + v)
        elif ev == "b":
            if state.stock > 0 and state.credit >= price:
                state = state._replace(sold=state.sold + 1, stock=state.stock - 1, credit=state.credit - price)
        elif ev == "r":
            state = state._replace(returned=state.returned + state.credit, credit=0)
        elif ev == "s":
            state = state._replace(stock=capacity)
    return [state.sold, state.returned, state.credit, state.stock]
