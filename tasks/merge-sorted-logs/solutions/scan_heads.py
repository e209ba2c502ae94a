def merge_logs(logs):
    # One position per log; every step scans all the heads for the smallest and advances that log.
    pos = [0] * len(logs)
    total = sum(len(log) for log in logs)
    out = []
    for _ in range(total):
        best = -1
        for j, log in enumerate(logs):
            if pos[j] < len(log) and (best < 0 or log[pos[j]] < logs[best][pos[best]]):
                best = j
        out.append(logs[best][pos[best]])
        pos[best] += 1
    return out
