def bracket_max_depth(s):
    opens, closes = "([{", ")]}"
    stack = []
    best = 0
    for i in range(len(s)):
        ch = s[i]
        if opens.find(ch) >= 0:
            stack.append(opens.index(ch))
            best = max(best, len(stack))
        elif closes.find(ch) >= 0:
            if len(stack) == 0 or stack[-1] != closes.index(ch):
                return -1
            stack = stack[:-1]
    return best if len(stack) == 0 else -1
