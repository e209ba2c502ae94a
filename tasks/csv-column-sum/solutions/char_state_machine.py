def column_sum(text, column):
    # A character-level state machine over each record: the current field is grown one character at a time and
    # the fields are collected in a list; the wanted field of every record after the header is converted.
    total = 0
    lines = text.split("\n")
    for line in lines[1:]:
        fields = []
        field = ""
        in_quotes = False
        i = 0
        while i < len(line):
            ch = line[i]
            if in_quotes:
                if ch == '"':
                    if i + 1 < len(line) and line[i + 1] == '"':
                        field = field + '"'
                        i += 1
                    else:
                        in_quotes = False
                else:
                    field = field + ch
            elif ch == '"':
                in_quotes = True
            elif ch == ",":
                fields.append(field)
                field = ""
            else:
                field = field + ch
            i += 1
        fields.append(field)
        total += int(fields[column])
    return total
