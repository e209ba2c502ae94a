import re

SCANNER = re.compile(r'(?P<str>"[^"]*")|(?P<int>-?\d+)|(?P<open>[{\[])|(?P<close>[}\]])|(?P<colon>:)|(?P<comma>,)|(?P<ws>\s+)')


def json_path_sum(text, paths):
    # Named-group tokeniser; containers built on a stack, object keys remembered until their value arrives.
    stack = []
    pending = []
    root = None
    expecting_key = False
    for m in SCANNER.finditer(text):
        kind = m.lastgroup
        if kind == "ws" or kind == "colon":
            continue
        if kind == "comma":
            expecting_key = isinstance(stack[-1], dict)
            continue
        if kind == "close":
            value = stack.pop()
            expecting_key = False
        elif kind == "open":
            container = {} if m.group() == "{" else []
            if stack:
                parent = stack[-1]
                if isinstance(parent, dict):
                    parent[pending.pop()] = container
                else:
                    parent.append(container)
            else:
                root = container
            stack.append(container)
            expecting_key = isinstance(container, dict)
            continue
        elif kind == "str":
            value = m.group()[1:-1]
            if expecting_key:
                pending.append(value)
                expecting_key = False
                continue
        else:
            value = int(m.group())
        if kind == "close":
            if not stack:
                root = value
            continue
        if not stack:
            root = value
        elif isinstance(stack[-1], dict):
            stack[-1][pending.pop()] = value
        else:
            stack[-1].append(value)
    total = 0
    for path in paths:
        cur = root
        for seg in path.split("."):
            if isinstance(cur, dict) and seg in cur:
                cur = cur[seg]
            elif isinstance(cur, list) and seg.isdigit() and int(seg) < len(cur):
                cur = cur[int(seg)]
            else:
                cur = None
                break
        if isinstance(cur, int):
            total += cur
    return total
