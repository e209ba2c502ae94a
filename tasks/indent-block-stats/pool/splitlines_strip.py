def block_stats(text):
    # splitlines, a strip() per line to detect blanks and an lstrip() for the width; the depth is recomputed with
    # max() on every line.
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.splitlines():
        if line.strip() == "":
            continue
        lines += 1
        width = len(line) - len(line.lstrip())
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
