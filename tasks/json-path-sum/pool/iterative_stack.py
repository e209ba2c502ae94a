def json_path_sum(text, paths):
    # Character-by-character parser with an explicit stack of open containers (no recursion).
    stack = []
    keys = []
    root = None
    key = None
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n,:":
            i += 1
            continue
        if ch == "{" or ch == "[":
            value = {} if ch == "{" else []
            stack.append(value)
            keys.append(key)
            key = None
            i += 1
            continue
        if ch == "}" or ch == "]":
            value = stack.pop()
            key = keys.pop()
            i += 1
        elif ch == '"':
            j = i + 1
            while text[j] != '"':
                j += 1
            value = text[i + 1:j]
            i = j + 1
            if stack and isinstance(stack[-1], dict) and key is None:
                key = value
                continue
        else:
            j = i + 1
            while j < n and text[j].isdigit():
                j += 1
            value = int(text[i:j])
            i = j
        if not stack:
            root = value
        elif isinstance(stack[-1], dict):
            stack[-1][key] = value
            key = None
        else:
            stack[-1].append(value)
    total = 0
    for path in paths:
        node = root
        for part in path.split("."):
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                node = None
            if node is None:
                break
        if isinstance(node, int):
            total += node
    return total
