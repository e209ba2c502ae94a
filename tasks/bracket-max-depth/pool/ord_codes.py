def bracket_max_depth(s):
    # Work on code points: openers pushed as their closer's code.
    close_of = {40: 41, 91: 93, 123: 125}
    closers = {41, 93, 125}
    stack = []
    best = 0
    for c in map(ord, s):
        if c in close_of:
            stack.append(close_of[c])
            if len(stack) > best:
                best = len(stack)
        elif c in closers:
            if not stack or stack.pop() != c:
                return -1
    return best if not stack else -1
