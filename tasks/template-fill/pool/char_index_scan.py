_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def fill_template(template, values):
    # A character scanner that tests each name character against a string of allowed ones and copies the text
    # between placeholders a character at a time into a list.
    out = []
    i = 0
    n = len(template)
    while i < n:
        ch = template[i]
        if ch == "{":
            j = i + 1
            while j < n and template[j] in _NAME_CHARS:
                j += 1
            if j > i + 1 and j < n and template[j] == "}":
                name = template[i + 1:j]
                out.append(values[name] if name in values else "{" + name + "}")
                i = j + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)
