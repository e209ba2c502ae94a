import re

RUNS = re.compile(r"[^<>#]+|<+|>+|#+")


def replay_keys(keys):
    # Two stacks (left of the cursor, and right of it reversed), fed a whole run of same-kind keys at a time: a run
    # of typed characters is one extend, a run of k moves or deletions one slice, so the Python loop turns once per
    # run rather than once per key.
    left = []
    right = []
    for m in RUNS.finditer(keys):
        run = m.group()
        c = run[0]
        if c == "<":
            k = min(len(run), len(left))
            if k:
                right.extend(left[:-k - 1:-1])
                del left[-k:]
        elif c == ">":
            k = min(len(run), len(right))
            if k:
                left.extend(right[:-k - 1:-1])
                del right[-k:]
        elif c == "#":
            del left[max(0, len(left) - len(run)):]
        else:
            left.extend(run)
    right.reverse()
    return "".join(left) + "".join(right)
