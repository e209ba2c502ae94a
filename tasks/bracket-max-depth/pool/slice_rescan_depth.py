def bracket_max_depth(s):
    # Check balance with a stack, but compute each depth from a fresh copy of the stack (a needless copy
    # per opener, only as long as the nesting is deep).
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    best = 0
    for ch in s:
        if ch in closer:
            stack.append(closer[ch])
            d = len(list(stack))
            if d > best:
                best = d
        elif ch in ")]}":
            if not stack or stack.pop() != ch:
                return -1
    return best if not stack else -1
