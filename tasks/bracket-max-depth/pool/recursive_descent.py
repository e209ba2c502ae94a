import sys


def bracket_max_depth(s):
    # Recursive descent over the brackets: one call per nesting level.
    closer = {"(": ")", "[": "]", "{": "}"}
    brackets = [ch for ch in s if ch in "()[]{}"]
    n = len(brackets)
    sys.setrecursionlimit(max(1000, n + 100))

    def group(i, level):
        # parse a sequence of groups starting at i; returns (next index, deepest level) or None on error
        deepest = level
        while i < n and brackets[i] in closer:
            want = closer[brackets[i]]
            res = group(i + 1, level + 1)
            if res is None:
                return None
            i, d = res
            if i >= n or brackets[i] != want:
                return None
            i += 1
            if d > deepest:
                deepest = d
        return i, deepest

    res = group(0, 0)
    if res is None or res[0] != n:
        return -1
    return res[1]
