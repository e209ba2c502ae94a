def min_triangle_path(triangle):
    if not triangle:
        return 0
    INF = float("inf")
    dp = [triangle[0][0]]
    for i in range(1, len(triangle)):
        padded = [INF] + dp + [INF]
        dp = [triangle[i][j] + min(padded[j], padded[j + 1]) for j in range(i + 1)]
    return min(dp)
