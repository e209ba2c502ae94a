def merge_logs(logs):
    result = []
    for log in logs:
        for x in log:
            result.append(x)
    result.sort()
    return result
