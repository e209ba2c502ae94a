def block_stats(text):
    # The width is found by enumerating a line's characters until the first non-space one.
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        width = None
        for i, ch in enumerate(line):
            if ch != " ":
                width = i
                break
        if width is None:
            continue
        lines += 1
        if width > stack[-1]:
            stack.append(width)
            indents += 1
        elif width < stack[-1]:
            while stack[-1] > width:
                stack.pop()
            if stack[-1] < width:
                stack.append(width)
                misaligned += 1
        max_depth = max(max_depth, len(stack) - 1)
    return (lines, max_depth, indents, misaligned)
