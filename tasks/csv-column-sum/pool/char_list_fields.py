def column_sum(text, column):
    # Iterate over the characters of each line, collecting the current field's characters in a list.
    total = 0
    for line in text.split("\n")[1:]:
        fields = []
        buf = []
        quoted = False
        prev_quote = False
        for ch in line:
            if quoted:
                if ch == '"':
                    quoted = False
                    prev_quote = True
                else:
                    buf.append(ch)
            else:
                if ch == '"':
                    if prev_quote:
                        buf.append('"')
                    quoted = True
                elif ch == ",":
                    fields.append("".join(buf))
                    buf = []
                else:
                    buf.append(ch)
                prev_quote = False
        fields.append("".join(buf))
        total += int(fields[column])
    return total
