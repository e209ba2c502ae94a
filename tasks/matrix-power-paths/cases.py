MOD = 1_000_000_007


def _fib_pair(n):
    # (F(n), F(n + 1)) mod MOD by fast doubling, for the expected values of the Fibonacci cases
    if n == 0:
        return 0, 1
    a, b = _fib_pair(n // 2)
    c = a * (2 * b - a) % MOD
    d = (a * a + b * b) % MOD
    return (d, (c + d) % MOD) if n % 2 else (c, d)


TRIANGLE = [[0, 1, 0], [0, 0, 1], [1, 0, 0]]
FIB = [[1, 1], [1, 0]]

CASES = [
    {"args": [TRIANGLE, [(0, 0, 3), (0, 1, 4), (0, 2, 4), (1, 1, 0), (2, 0, 1)]], "expected": 4},
    {"args": [TRIANGLE, []], "expected": 0},
    {"args": [[[0]], [(0, 0, 0), (0, 0, 5)]], "expected": 1},
    {"args": [[[1]], [(0, 0, 10**6)]], "expected": 1},
    {"args": [[[2]], [(0, 0, 10), (0, 0, 100)]], "expected": (1024 + pow(2, 100, MOD)) % MOD},
    {"args": [[[10**9]], [(0, 0, 1), (0, 0, 2), (0, 0, 0)]], "expected": (10**9 + pow(10**9, 2, MOD) + 1) % MOD},
    # all ones on 4 nodes: every entry of A^L is 4^(L-1)
    {"args": [[[1] * 4 for _ in range(4)], [(0, 3, 5), (2, 2, 1)]], "expected": 257},
    # complete digraph on 3 nodes without loops: off-diagonal (2^L - (-1)^L) / 3, diagonal that plus (-1)^L
    {"args": [[[0, 1, 1], [1, 0, 1], [1, 1, 0]], [(0, 1, 2), (1, 1, 2), (2, 0, 3), (0, 0, 3), (1, 2, 10), (2, 2, 10)]],
     "expected": 691},
    # parallel edges: A^2 = 6 I, A^3 = [[0, 18], [12, 0]]
    {"args": [[[0, 3], [2, 0]], [(0, 0, 2), (0, 1, 3), (1, 0, 3), (1, 1, 1)]], "expected": 36},
    # Fibonacci: (A^L)[0][1] = F(L), [0][0] = F(L + 1), [1][1] = F(L - 1)
    {"args": [FIB, [(0, 1, 10), (0, 0, 10), (1, 1, 10)]], "expected": 178},
    {"args": [FIB, [(0, 1, 10**5), (0, 0, 10**5 - 1)]],
     "expected": (_fib_pair(10**5)[0] + _fib_pair(10**5)[0]) % MOD},
    # a DAG is nilpotent: no walk longer than 2
    {"args": [[[0, 1, 1], [0, 0, 1], [0, 0, 0]], [(0, 2, 1), (0, 2, 2), (0, 2, 3), (0, 2, 10**5)]], "expected": 2},
    {"args": [TRIANGLE, [(0, 2, 5)] * 3], "expected": 3},
    # the sum wraps: 3 * 2^30 walks
    {"args": [[[1, 1], [1, 1]], [(0, 1, 31)] * 3], "expected": 3 * 2**30 % MOD},
    {"args": [[[(i * 7 + j * 3) % 4 for j in range(9)] for i in range(9)],
              [(i % 9, (i * 5) % 9, i * 37) for i in range(12)]]},
    {"args": [[[(i * j + 1) % 3 for j in range(6)] for i in range(6)],
              [(1, 4, 2**16 + 12345), (5, 0, 999), (3, 3, 0), (2, 2, 64)]]},
]
