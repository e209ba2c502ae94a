def bracket_max_depth(s):
    # Map the brackets to digits (openers 1-3, closers 4-6), drop everything else, then scan.
    table = {ord(c): None for c in set(s)}
    for i, c in enumerate("([{)]}"):
        table[ord(c)] = str(i + 1)
    t = s.translate(table)
    stack = []
    best = 0
    for d in t:
        if d < "4":
            stack.append(d)
            if len(stack) > best:
                best = len(stack)
        else:
            if not stack or int(stack.pop()) + 3 != int(d):
                return -1
    return best if not stack else -1
