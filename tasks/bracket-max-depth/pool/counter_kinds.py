def bracket_max_depth(s):
    # A stack of kinds plus a running depth counter, with the kind found by a list search.
    kinds = [("(", ")"), ("[", "]"), ("{", "}")]
    stack = []
    depth = best = 0
    for ch in s:
        for k, (o, c) in enumerate(kinds):
            if ch == o:
                stack.append(k)
                depth += 1
                if depth > best:
                    best = depth
                break
            if ch == c:
                if not stack or stack[-1] != k:
                    return -1
                stack.pop()
                depth -= 1
                break
    return best if depth == 0 else -1
