def bracket_max_depth(s):
    # Record the depth after every bracket and take the maximum at the end.
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    depths = [0]
    for ch in s:
        if ch in closer:
            stack.append(closer[ch])
            depths.append(len(stack))
        elif ch in ")]}":
            if not stack or stack.pop() != ch:
                return -1
            depths.append(len(stack))
    return max(depths) if not stack else -1
