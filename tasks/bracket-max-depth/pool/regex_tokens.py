import re

BRACKET = re.compile(r"[()\[\]{}]")


def bracket_max_depth(s):
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    best = 0
    for ch in BRACKET.findall(s):
        if ch in closer:
            stack.append(closer[ch])
            if len(stack) > best:
                best = len(stack)
        elif not stack or stack.pop() != ch:
            return -1
    return best if not stack else -1
