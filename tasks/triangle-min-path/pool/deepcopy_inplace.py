import copy


def min_triangle_path(triangle):
    # Work on a deep copy so the input is left alone, then fold the rows upwards in place.
    if not triangle:
        return 0
    t = copy.deepcopy(triangle)
    for i in range(len(t) - 2, -1, -1):
        for j in range(len(t[i])):
            t[i][j] = t[i][j] + min(t[i + 1][j], t[i + 1][j + 1])
    return t[0][0]
