def bracket_max_depth(s):
    # Keep only the brackets, then scan them.
    brackets = [ch for ch in s if ch in "()[]{}"]
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = []
    best = 0
    for ch in brackets:
        if ch in closer:
            stack.append(closer[ch])
            best = max(best, len(stack))
        elif not stack or stack.pop() != ch:
            return -1
    return best if not stack else -1
