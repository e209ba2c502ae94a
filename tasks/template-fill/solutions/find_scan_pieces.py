_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def fill_template(template, values):
    # str.find jumps to each `{`; the name is checked a character at a time in Python; pieces are joined once.
    pieces = []
    last = 0
    i = template.find("{")
    while i != -1:
        j = i + 1
        while j < len(template) and template[j] in _NAME_CHARS:
            j += 1
        if j > i + 1 and j < len(template) and template[j] == "}" and template[i + 1:j] in values:
            pieces.append(template[last:i])
            pieces.append(values[template[i + 1:j]])
            last = j + 1
            i = template.find("{", j + 1)
        else:
            i = template.find("{", i + 1)
    pieces.append(template[last:])
    return "".join(pieces)
