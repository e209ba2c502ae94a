def _lines(words, width):
    current = []
    size = 0
    for w in words:
        extra = len(w) if not current else len(w) + 1
        if current and size + extra > width:
            yield " ".join(current)
            current, size = [w], len(w)
        else:
            current.append(w)
            size += extra
    if current:
        yield " ".join(current)


def wrap_lines(text, width):
    # A generator yields each finished line; the words come from split().
    return list(_lines(text.split(), width))
