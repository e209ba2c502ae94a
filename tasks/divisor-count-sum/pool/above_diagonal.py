def divisor_count_sum(n):
    # Count pairs a <= b with a * b <= n: for each a up to the root there are n // a - a + 1 choices of b.
    # Off-diagonal pairs count twice, diagonal pairs once.
    if n <= 0:
        return 0
    below = 0
    diagonal = 0
    a = 1
    while a * a <= n:
        below += n // a - a
        diagonal += 1
        a += 1
    return 2 * below + diagonal
