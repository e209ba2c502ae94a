import math


def generate(size, rng):
    # `size` commands on a square grid of side about 2.5 * sqrt(size) (at most 1000) with about one wall in 125
    # cells, so a move of k cells often runs its whole length and sometimes meets a wall or the edge. Two moves in
    # three ask for 1 to `side` cells (now and then far more, up to 10**6); the rest turn left or right.
    side = max(1, min(1000, int(2.5 * math.sqrt(size)) + rng.randint(-2, 2)))
    rate = rng.uniform(0.004, 0.012)
    grid = ["".join("#" if rng.random() < rate else "." for _ in range(side)) for _ in range(side)]
    grid[0] = "." + grid[0][1:]
    commands = []
    for _ in range(size):
        x = rng.random()
        if x < 0.33:
            commands.append(-1 if x < 0.165 else -2)
        elif x < 0.995:
            commands.append(rng.randint(1, side))
        else:
            commands.append(rng.randint(side, 10 ** 6))
    return [grid, commands]
