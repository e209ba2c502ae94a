def bracket_max_depth(s):
    # For every closing bracket, walk back over the brackets to the nearest opener that is still unmatched.
    pair = {")": "(", "]": "[", "}": "{"}
    brackets = [ch for ch in s if ch in "()[]{}"]
    matched = [False] * len(brackets)
    depth = best = 0
    for j, ch in enumerate(brackets):
        if ch in pair:
            i = j - 1
            while i >= 0 and (matched[i] or brackets[i] in pair):
                i -= 1
            if i < 0 or brackets[i] != pair[ch]:
                return -1
            matched[i] = matched[j] = True
            depth -= 1
        else:
            depth += 1
            if depth > best:
                best = depth
    return best if depth == 0 else -1
