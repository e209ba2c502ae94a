import re
from itertools import groupby

_INDENT = re.compile(r"^( *)[^ \n]", re.MULTILINE)


def block_stats(text):
    # Match objects from finditer give the widths (span lengths); runs of equal widths collapsed by groupby.
    widths = [m.end(1) - m.start(1) for m in _INDENT.finditer(text)]
    stack = [0]
    indents = misaligned = max_depth = 0
    for width, _ in groupby(widths):
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
    return (len(widths), max_depth, indents, misaligned)
