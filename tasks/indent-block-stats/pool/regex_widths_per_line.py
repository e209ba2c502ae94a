import re

_INDENT = re.compile(r"^( *)[^ \n]", re.MULTILINE)


def block_stats(text):
    # The expert's single regex pass for the widths, but the stack is consulted for every line, equal widths too.
    widths = [len(spaces) for spaces in _INDENT.findall(text)]
    stack = [0]
    indents = misaligned = max_depth = 0
    for width in widths:
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
    return (len(widths), max_depth, indents, misaligned)
