def bracket_max_depth(s):
    # Scan every character with a stack of the closers we expect.
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    best = 0
    for ch in s:
        if ch in closer:
            stack.append(closer[ch])
            if len(stack) > best:
                best = len(stack)
        elif ch == ")" or ch == "]" or ch == "}":
            if not stack or stack.pop() != ch:
                return -1
    return best if not stack else -1
