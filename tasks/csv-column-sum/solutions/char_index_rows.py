def column_sum(text, column):
    # Walk the whole text by index, one character at a time, building every record as a list of fields: each
    # character is added to the last field of the last record, and the column is summed once all records are built.
    rows = [[""]]
    in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    rows[-1][-1] += '"'
                    i += 1
                else:
                    in_quotes = False
            else:
                rows[-1][-1] += ch
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            rows[-1].append("")
        elif ch == "\n":
            rows.append([""])
        else:
            rows[-1][-1] += ch
        i += 1
    total = 0
    for row in rows[1:]:
        total += int(row[column])
    return total
