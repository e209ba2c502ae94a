def column_sum(text, column):
    # Split on commas and re-join pieces while the accumulated field has an odd number of quotes; all fields of a
    # record are rebuilt and unquoted before the wanted one is taken.
    total = 0
    lines = text.split("\n")
    for k in range(1, len(lines)):
        pieces = lines[k].split(",")
        fields = []
        cur = ""
        open_field = False
        for p in pieces:
            cur = cur + "," + p if open_field else p
            open_field = cur.count('"') % 2 == 1
            if not open_field:
                if len(cur) >= 2 and cur[0] == '"' and cur[-1] == '"':
                    cur = cur[1:-1].replace('""', '"')
                fields.append(cur)
                cur = ""
        total = total + int(fields[column])
    return total
