import bisect


def block_stats(text):
    # The stack is sorted, so a dedent finds its place by binary search and truncates the list there; widths by
    # lstrip per line.
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
            if len(stack) - 1 > max_depth:
                max_depth = len(stack) - 1
        elif width < stack[-1]:
            cut = bisect.bisect_right(stack, width)
            del stack[cut:]
            if stack[-1] < width:
                stack.append(width)
                misaligned += 1
    return (lines, max_depth, indents, misaligned)
