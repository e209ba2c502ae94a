from collections import deque


def wrap_lines(text, width):
    # Words are consumed from a deque; each line takes words while the next one still fits.
    words = deque(text.split())
    lines = []
    while words:
        line = [words.popleft()]
        length = len(line[0])
        while words and length + 1 + len(words[0]) <= width:
            w = words.popleft()
            line.append(w)
            length += 1 + len(w)
        lines.append(" ".join(line))
    return lines
