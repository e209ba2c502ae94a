def merge_logs(logs):
    flat = [x for log in logs for x in log]
    return sorted(flat, key=lambda x: x)
