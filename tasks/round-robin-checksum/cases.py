CASES = [
    {"args": [[0, 1, 2], [5, 3, 1], 2], "expected": 40},
    {"args": [[], [], 3], "expected": 0},
    {"args": [[7], [10], 3], "expected": 17},
    {"args": [[0, 0, 0], [2, 2, 2], 2], "expected": 1 * 2 + 2 * 4 + 3 * 6},
    # a process arriving exactly when a slice ends joins before the preempted one
    {"args": [[0, 2], [4, 1], 2], "expected": 1 * 5 + 2 * 3},
    # idle gaps: the processor waits for the next arrival
    {"args": [[10, 0, 100], [1, 2, 5], 4], "expected": 1 * 11 + 2 * 2 + 3 * 105},
    # arrivals out of order, ties in index order
    {"args": [[5, 3, 5, 3], [3, 3, 3, 3], 1]},
    {"args": [[0, 0, 1, 1, 2], [7, 1, 3, 9, 2], 1]},
    # quantum larger than every burst: first come first served
    {"args": [[3, 1, 2], [4, 5, 6], 1000], "expected": 1 * 16 + 2 * 6 + 3 * 12},
    {"args": [[0, 1], [1, 1], 1], "expected": 1 * 1 + 2 * 2},
    {"args": [[10**9, 10**9], [10**6, 10**6], 10**6], "expected": 1 * (10**9 + 10**6) + 2 * (10**9 + 2 * 10**6)},
    {"args": [[0, 4, 4, 9, 0, 2], [9, 3, 3, 1, 6, 8], 3]},
    {"args": [[2, 2, 2, 2], [1, 5, 2, 8], 2]},
]
