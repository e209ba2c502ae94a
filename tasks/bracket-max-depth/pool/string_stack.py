def bracket_max_depth(s):
    # The stack of open brackets kept as a string.
    pair = {")": "(", "]": "[", "}": "{"}
    stack = ""
    best = 0
    for ch in s:
        if ch == "(" or ch == "[" or ch == "{":
            stack += ch
            if len(stack) > best:
                best = len(stack)
        elif ch in pair:
            if not stack or stack[-1] != pair[ch]:
                return -1
            stack = stack[:-1]
    return best if stack == "" else -1
