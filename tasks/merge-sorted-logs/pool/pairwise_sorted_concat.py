def merge_logs(logs):
    # Divide and conquer: merge the halves, each merge a sort of the two concatenated lists.
    if not logs:
        return []
    if len(logs) == 1:
        return list(logs[0])
    mid = len(logs) // 2
    return sorted(merge_logs(logs[:mid]) + merge_logs(logs[mid:]))
