import re


def replay_keys(keys):
    # Runs found by a regular expression; typed runs are extended at once, but moves are made one key at a time.
    left = []
    right = []
    for run in re.findall(r"[^<>#]+|[<>#]+", keys):
        if run[0] not in "<>#":
            left.extend(run)
            continue
        for k in run:
            if k == "<":
                if left:
                    right.append(left.pop())
            elif k == ">":
                if right:
                    left.append(right.pop())
            elif left:
                left.pop()
    right.reverse()
    return "".join(left + right)
