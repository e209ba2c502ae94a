def block_stats(text):
    # Dedents are done by searching the stack and slicing a copy of it; the width by lstrip.
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        if stripped == "":
            continue
        lines += 1
        width = len(line) - len(stripped)
        if width > stack[-1]:
            stack = stack + [width]
            indents += 1
        elif width < stack[-1]:
            keep = [level for level in stack if level <= width]
            if keep[-1] < width:
                keep.append(width)
                misaligned += 1
            stack = keep
        if len(stack) - 1 > max_depth:
            max_depth = len(stack) - 1
    return (lines, max_depth, indents, misaligned)
