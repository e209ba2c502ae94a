CASES = [
    {"args": [[1, 6, 2**32 - 1, 0]], "expected": [2147483648, 1610612736, 4294967295, 0]},
    {"args": [[]], "expected": []},
    {"args": [[0]], "expected": [0]},
    {"args": [[2**31]], "expected": [1]},
    {"args": [[43261596]], "expected": [964176192]},
    {"args": [[4294967293]], "expected": [3221225471]},
    {"args": [[0x0000FFFF, 0xFFFF0000]], "expected": [0xFFFF0000, 0x0000FFFF]},
    {"args": [[0x80000001, 0x80000001, 0x80000001]], "expected": [0x80000001] * 3},
    {"args": [[0x12345678]], "expected": [0x1E6A2C48]},
    {"args": [[0xAAAAAAAA, 0x55555555]], "expected": [0x55555555, 0xAAAAAAAA]},
    {"args": [[1 << i for i in range(32)]], "expected": [1 << (31 - i) for i in range(32)]},
    {"args": [list(range(256))]},
]
