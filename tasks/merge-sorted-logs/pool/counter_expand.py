from collections import Counter


def merge_logs(logs):
    # Count each timestamp, then write the distinct ones out in order, each as often as it occurred.
    counts = Counter()
    for log in logs:
        counts.update(log)
    out = []
    for value in sorted(counts):
        out.extend([value] * counts[value])
    return out
