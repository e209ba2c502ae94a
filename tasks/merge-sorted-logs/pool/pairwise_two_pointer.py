def merge_two(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_logs(logs):
    # Merge neighbours pairwise, round after round, until one list is left (log k rounds of linear merges).
    parts = [list(log) for log in logs]
    if not parts:
        return []
    while len(parts) > 1:
        nxt = []
        for i in range(0, len(parts), 2):
            if i + 1 < len(parts):
                nxt.append(merge_two(parts[i], parts[i + 1]))
            else:
                nxt.append(parts[i])
        parts = nxt
    return parts[0]
