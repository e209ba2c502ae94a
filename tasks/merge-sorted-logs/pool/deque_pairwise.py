from collections import deque


def merge_logs(logs):
    # A queue of lists: take two from the front, merge them with popleft, put the result at the back.
    queue = deque(deque(log) for log in logs if log)
    if not queue:
        return []
    while len(queue) > 1:
        a = queue.popleft()
        b = queue.popleft()
        merged = deque()
        while a and b:
            merged.append(a.popleft() if a[0] <= b[0] else b.popleft())
        merged.extend(a)
        merged.extend(b)
        queue.append(merged)
    return list(queue[0])
