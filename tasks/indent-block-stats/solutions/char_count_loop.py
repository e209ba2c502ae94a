def block_stats(text):
    # Each line's leading spaces are counted one character at a time; a line that is all spaces is blank.
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        width = 0
        while width < len(line) and line[width] == " ":
            width += 1
        if width == len(line):
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
        depth = len(stack) - 1
        if depth > max_depth:
            max_depth = depth
    return (lines, max_depth, indents, misaligned)
