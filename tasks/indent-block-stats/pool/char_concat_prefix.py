def block_stats(text):
    # Each line's leading spaces are copied into a prefix string one character at a time and measured at the end.
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        prefix = ""
        blank = True
        for ch in line:
            if ch == " ":
                prefix += ch
            else:
                blank = False
                break
        if blank:
            continue
        lines += 1
        width = len(prefix)
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
