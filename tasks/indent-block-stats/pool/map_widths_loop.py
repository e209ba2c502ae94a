from itertools import repeat


def block_stats(text):
    # Widths of all lines computed by map() over lstrip in C, then one Python step per non-blank line.
    lines = text.split("\n")
    rests = list(map(str.lstrip, lines, repeat(" ")))
    stack = [0]
    count = indents = misaligned = max_depth = 0
    for line, rest in zip(lines, rests):
        if not rest:
            continue
        count += 1
        width = len(line) - len(rest)
        top = stack[-1]
        if width > top:
            stack.append(width)
            indents += 1
            if len(stack) - 1 > max_depth:
                max_depth = len(stack) - 1
        elif width < top:
            while stack[-1] > width:
                stack.pop()
            if stack[-1] < width:
                stack.append(width)
                misaligned += 1
    return (count, max_depth, indents, misaligned)
