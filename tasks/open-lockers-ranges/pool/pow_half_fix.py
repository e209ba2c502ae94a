def open_lockers(ranges):
    def floor_sqrt(n):
        r = int(n ** 0.5)
        while r * r > n:
            r -= 1
        while (r + 1) ** 2 <= n:
            r += 1
        return r

    answer = 0
    for lo, hi in ranges:
        answer += floor_sqrt(hi) - floor_sqrt(lo - 1)
    return answer
