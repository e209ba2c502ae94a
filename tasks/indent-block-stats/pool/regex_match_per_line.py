import re


def block_stats(text):
    # A regex match per line measures its leading spaces (the pattern looked up in re's cache every time).
    stack = [0]
    lines = indents = misaligned = max_depth = 0
    for line in text.split("\n"):
        match = re.match(r" *", line)
        width = match.end()
        if width == len(line):
            continue
        lines += 1
        if width > stack[-1]:
            stack.append(width)
            indents += 1
            max_depth = max(max_depth, len(stack) - 1)
        elif width < stack[-1]:
            while stack[-1] > width:
                stack.pop()
            if stack[-1] < width:
                stack.append(width)
                misaligned += 1
    return (lines, max_depth, indents, misaligned)
