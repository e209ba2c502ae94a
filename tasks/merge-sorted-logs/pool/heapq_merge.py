import heapq


def merge_logs(logs):
    return list(heapq.merge(*logs))
