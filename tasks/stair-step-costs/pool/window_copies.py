def min_climb_costs(stairs, ks):
    res = []
    for costs, k in zip(stairs, ks):
        window = [0]
        last = 0
        for c in costs + [0]:
            last = min(window) + c
            window = window + [last]
            if len(window) > k:
                window = window[1:]
        res.append(last)
    return res
