def generate(size, rng):
    # `size` orders around a drifting mid price: most are placed a little away from the mid and rest (so the book
    # grows to thousands of orders, deep levels rarely touched); about one order in eight crosses the spread and
    # trades against one or several resting orders. Round prices and quantities make ties common.
    mid = rng.randint(1000, 10**6 - 1000)
    orders = []
    for _ in range(size):
        if rng.random() < 0.05:
            mid = min(10**6 - 500, max(500, mid + rng.randint(-20, 20)))
        side = "B" if rng.random() < 0.5 else "S"
        away = int(rng.expovariate(1 / 25.0))
        if rng.random() < 0.12:
            away = -rng.randint(0, 40)
        price = mid - away if side == "B" else mid + away
        if rng.random() < 0.3:
            price -= price % 5
        qty = rng.choice([1, 5, 10, 25, 50, 100, 100, 200, 500]) if rng.random() < 0.7 else rng.randint(1, 10**4)
        orders.append((side, max(1, min(10**6, price)), qty))
    return [orders]
