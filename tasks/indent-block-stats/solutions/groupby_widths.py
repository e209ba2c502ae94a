import re
from itertools import groupby

# A non-blank line's leading spaces: at a line start, spaces followed by a character that is neither a space nor the
# line's end.
_INDENT = re.compile(r"^( *)[^ \n]", re.MULTILINE)


def block_stats(text):
    # One regex pass in C finds the leading spaces of every non-blank line and map(len) turns them into widths.
    # Consecutive lines of equal width never change the stack, so groupby (in C) collapses each run and the Python
    # loop runs once per change of width, not once per line. Depth only grows on an indent, so the maximum is
    # updated there.
    widths = list(map(len, _INDENT.findall(text)))
    stack = [0]
    top = 0
    indents = misaligned = max_depth = 0
    for width, _ in groupby(widths):
        if width > top:
            stack.append(width)
            indents += 1
            if len(stack) > max_depth + 1:
                max_depth = len(stack) - 1
        elif width < top:
            while stack[-1] > width:
                stack.pop()
            if stack[-1] < width:
                stack.append(width)
                misaligned += 1
        top = width
    return (len(widths), max_depth, indents, misaligned)
