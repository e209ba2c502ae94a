def block_stats(text):
    # Each line's width comes from lstrip in C (the length it loses); the stack is updated once per non-blank line.
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        rest = line.lstrip(" ")
        if not rest:
            continue
        lines += 1
        width = len(line) - len(rest)
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
