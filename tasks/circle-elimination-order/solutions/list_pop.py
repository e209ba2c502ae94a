def elimination_checksums(games):
    # The circle as a list of labels; the count moves the index by k - 1 (mod the people left) and list.pop there
    # shifts the tail of the list down by one slot.
    result = []
    for n, k in games:
        circle = list(range(1, n + 1))
        index = 0
        total = 0
        for turn in range(1, n + 1):
            index = (index + k - 1) % len(circle)
            total += turn * circle.pop(index)
        result.append(total)
    return result
