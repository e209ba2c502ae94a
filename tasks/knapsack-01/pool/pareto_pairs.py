def knapsack(weights, values, capacity):
    # Keep only non-dominated (weight, value) pairs: after adding each item, sort all candidates by weight and
    # drop every pair that is not strictly more valuable than a lighter one.
    front = [(0, 0)]
    for w, v in zip(weights, values):
        merged = sorted(front + [(fw + w, fv + v) for fw, fv in front if fw + w <= capacity],
                        key=lambda p: (p[0], -p[1]))
        front = []
        for pw, pv in merged:
            if not front or pv > front[-1][1]:
                front.append((pw, pv))
    return front[-1][1]
