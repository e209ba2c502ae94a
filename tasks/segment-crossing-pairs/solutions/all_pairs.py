def count_crossings(horizontals, verticals):
    # Every (horizontal, vertical) pair is tested: O(n * m).
    total = 0
    for x, y1, y2 in verticals:
        for y, x1, x2 in horizontals:
            if x1 <= x <= x2 and y1 <= y <= y2:
                total += 1
    return total
