def bracket_max_depth(s):
    # The stack of expected closers kept as an immutable tuple: every push and pop builds a new tuple.
    closer = {"(": ")", "[": "]", "{": "}"}
    stack = ()
    best = 0
    for ch in s:
        if ch in closer:
            stack = stack + (closer[ch],)
            if len(stack) > best:
                best = len(stack)
        elif ch in ")]}":
            if not stack or stack[-1] != ch:
                return -1
            stack = stack[:-1]
    return best if not stack else -1
