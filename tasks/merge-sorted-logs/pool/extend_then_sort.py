def merge_logs(logs):
    out = []
    for log in logs:
        out.extend(log)
    out.sort()
    return out
