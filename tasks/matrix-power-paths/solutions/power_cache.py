from operator import mul

MOD = 1_000_000_007


def walk_count_sum(adj, queries):
    # The squares A, A^2, A^4, ... are computed once, up to the longest query, and shared by all queries; each is
    # kept with its transpose (columns as tuples). A query multiplies the row of s in the square of L's lowest set bit
    # by the squares of its other set bits, and the last one only as the dot product with column t.
    # Products are sum(map(mul, row, column)) in C, reduced mod p once per entry.
    # O(k^3 * log(max L) + q * k^2 * log L).
    longest = max((length for _, _, length in queries), default=0)
    rows = [[x % MOD for x in row] for row in adj]
    powers = [(rows, list(zip(*rows)))]
    for _ in range(longest.bit_length() - 1):
        cols = powers[-1][1]
        rows = [[sum(map(mul, row, col)) % MOD for col in cols] for row in powers[-1][0]]
        powers.append((rows, list(zip(*rows))))
    total = 0
    for s, t, length in queries:
        if length == 0:
            total += s == t
            continue
        low = (length & -length).bit_length() - 1
        v = powers[low][0][s]
        length >>= low + 1
        bit = low + 1
        while length:
            if length & 1:
                if length == 1:
                    total += sum(map(mul, v, powers[bit][1][t]))
                    break
                v = [sum(map(mul, v, col)) % MOD for col in powers[bit][1]]
            length >>= 1
            bit += 1
        else:
            total += v[t]
    return total % MOD
