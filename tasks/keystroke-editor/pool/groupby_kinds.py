from itertools import groupby


def _kind(c):
    return c if c in "<>#" else "t"


def replay_keys(keys):
    # Keys grouped into runs of the same kind with itertools.groupby; each run is applied to two stacks at once.
    left = []
    right = []
    for kind, grp in groupby(keys, _kind):
        run = list(grp)
        if kind == "t":
            left.extend(run)
        elif kind == "#":
            del left[max(0, len(left) - len(run)):]
        else:
            src, dst = (left, right) if kind == "<" else (right, left)
            k = min(len(run), len(src))
            if k:
                moved = src[len(src) - k:]
                del src[len(src) - k:]
                moved.reverse()
                dst.extend(moved)
    right.reverse()
    return "".join(left) + "".join(right)
