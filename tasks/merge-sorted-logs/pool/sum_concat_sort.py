def merge_logs(logs):
    # Concatenate with sum (a new list per log), then sort.
    return sorted(sum(logs, []))
