def block_stats(text):
    # Alongside the stack, a set of open widths is kept to test whether a dedent lands on a level, rebuilt from the
    # stack after every dedent.
    stack = [0]
    open_levels = {0}
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        width = len(line) - len(line.lstrip(" "))
        if width == len(line):
            continue
        lines += 1
        if width > stack[-1]:
            stack.append(width)
            open_levels.add(width)
            indents += 1
        elif width < stack[-1]:
            while stack[-1] > width:
                stack.pop()
            open_levels = set(stack)
            if width not in open_levels:
                stack.append(width)
                open_levels.add(width)
                misaligned += 1
        max_depth = max(max_depth, len(stack) - 1)
    return (lines, max_depth, indents, misaligned)
