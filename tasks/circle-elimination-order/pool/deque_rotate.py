from collections import deque


def elimination_checksums(games):
    out = []
    for n, k in games:
        circle = deque(range(1, n + 1))
        total = 0
        for turn in range(1, n + 1):
            circle.rotate(-((k - 1) % len(circle)))
            total += turn * circle.popleft()
        out.append(total)
    return out
