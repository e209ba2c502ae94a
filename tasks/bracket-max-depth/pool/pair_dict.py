def bracket_max_depth(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    depth = 0
    for ch in s:
        if ch in "([{":
            stack.append(ch)
            if len(stack) > depth:
                depth = len(stack)
        elif ch in match:
            if not stack or stack[-1] != match[ch]:
                return -1
            stack.pop()
    return -1 if stack else depth
