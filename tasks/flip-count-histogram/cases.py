def _h(**counts):
    # a 65-entry histogram from {"k<flips>": count}
    h = [0] * 65
    for key, count in counts.items():
        h[int(key[1:])] = count
    return h


TOP = 2 ** 64 - 1

CASES = [
    {"args": [[5, 4, 4, 11]], "expected": _h(k0=1, k1=1, k4=1)},
    {"args": [[]], "expected": _h()},
    {"args": [[7]], "expected": _h()},
    {"args": [[0, 0]], "expected": _h(k0=1)},
    {"args": [[0, TOP]], "expected": _h(k64=1)},
    {"args": [[TOP, 0, TOP, TOP]], "expected": _h(k64=2, k0=1)},
    {"args": [[2 ** 63, 0, 1]], "expected": _h(k1=2)},
    {"args": [[2 ** 63, 1]], "expected": _h(k2=1)},
    {"args": [[0x5555555555555555, 0xAAAAAAAAAAAAAAAA, 0x5555555555555555]], "expected": _h(k64=2)},
    {"args": [[2 ** 32 - 1, 2 ** 32, 2 ** 33 - 1]], "expected": _h(k33=1, k32=1)},
    {"args": [[1] * 12], "expected": _h(k0=11)},
    {"args": [list(range(40))]},
    {"args": [[i * 0x9E3779B97F4A7C15 % 2 ** 64 for i in range(60)]]},
]
