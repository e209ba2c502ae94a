import re

TOKEN = re.compile(r'\s*(?:"([^"]*)"|(-?\d+)|([{}\[\]:,]))')


def json_path_sum(text, paths):
    tokens = TOKEN.findall(text)
    # stack-based builder
    stack = []
    key_stack = []
    root = None
    pending_key = None
    expect_key = False
    for s, num, p in tokens:
        if p:
            if p == "{":
                new = {}
            elif p == "[":
                new = []
            elif p in "}]":
                done = stack.pop()
                if not stack:
                    root = done
                expect_key = bool(stack) and type(stack[-1]) is dict
                continue
            elif p == ",":
                expect_key = type(stack[-1]) is dict
                continue
            else:
                continue
            if stack:
                parent = stack[-1]
                if type(parent) is dict:
                    parent[pending_key] = new
                else:
                    parent.append(new)
            stack.append(new)
            expect_key = type(new) is dict
            continue
        if num:
            val = int(num)
        else:
            val = s
            if expect_key:
                pending_key = s
                expect_key = False
                continue
        if not stack:
            root = val
            continue
        parent = stack[-1]
        if type(parent) is dict:
            parent[pending_key] = val
        else:
            parent.append(val)
    total = 0
    for path in paths:
        cur = root
        for seg in path.split("."):
            t = type(cur)
            if t is dict:
                if seg in cur:
                    cur = cur[seg]
                else:
                    cur = None
                    break
            elif t is list and seg.isdigit() and int(seg) < len(cur):
                cur = cur[int(seg)]
            else:
                cur = None
                break
        if type(cur) is int:
            total += cur
    return total
