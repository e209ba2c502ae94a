def fill_template(template, values):
    # Character scanner collecting output characters and values in a list, joined at the end.
    out = []
    i = 0
    n = len(template)
    while i < n:
        if template[i] == "{":
            j = i + 1
            while j < n and (template[j].isdigit() or template[j] == "_" or "a" <= template[j] <= "z"):
                j += 1
            if j > i + 1 and j < n and template[j] == "}" and template[i + 1:j] in values:
                out.append(values[template[i + 1:j]])
                i = j + 1
                continue
        out.append(template[i])
        i += 1
    return "".join(out)
