import json


def json_path_sum(text, paths):
    # The document is parsed once, in C, by json.loads (the subset is JSON, and its objects, arrays, ints and
    # strings come back as dicts, lists, ints and strs); each path is then walked segment by segment.
    root = json.loads(text)
    total = 0
    for path in paths:
        cur = root
        for seg in path.split("."):
            if type(cur) is dict:
                cur = cur.get(seg)  # None (no null in the subset) when the key is missing: the next step stops
            elif type(cur) is list and seg.isdigit():
                i = int(seg)
                if i >= len(cur):
                    break
                cur = cur[i]
            else:
                break
        else:
            if type(cur) is int:
                total += cur
    return total
