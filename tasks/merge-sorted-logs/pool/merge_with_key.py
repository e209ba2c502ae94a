import heapq


def merge_logs(logs):
    return [x for x in heapq.merge(*logs, key=lambda t: t)]
