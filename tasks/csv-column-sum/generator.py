def generate(size, rng, index):
    # `size` records after a header. Each test fixes a number of columns and the column to sum; the other columns
    # are plain words or integers, empty fields, or quoted fields holding commas and doubled quotes, so that the
    # commas before the summed field cannot be counted naively. The summed integers are sometimes negative and
    # sometimes quoted themselves.
    ncols = rng.randint(6, 10)
    column = 0 if index == 3 else rng.randint(2, ncols - 1)
    words = ["alpha", "beta", "gamma", "delta", "caf\u00e9", "na\u00efve", "north", "south", "x", "lorem", "ipsum"]
    kinds = [rng.choice("wiqdeqq") for _ in range(ncols)]
    kinds[column] = "n"

    def field(kind):
        if kind == "w":
            return rng.choice(words)
        if kind == "i":
            return str(rng.randint(0, 10**6))
        if kind == "e":
            return rng.choice(["", '""'])
        if kind == "d":
            return '"' + rng.choice(words) + ' ""' + rng.choice(words) + '"", ' + rng.choice(words) + '"'
        if kind == "q":
            return '"' + rng.choice(words).capitalize() + ", " + rng.choice(words) + '"'
        value = str(rng.randint(-10**5, 10**6))
        return '"' + value + '"' if rng.random() < 0.2 else value

    header = ",".join(f'"col {i}, {k}"' if k == "q" else f"col{i}" for i, k in enumerate(kinds))
    rows = [header]
    for _ in range(size):
        rows.append(",".join([field(k) for k in kinds]))
    return ["\n".join(rows), column]
