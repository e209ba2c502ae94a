def column_sum(text, column):
    # Tokenise each record with str.find: jump from quote to quote inside quoted fields and from comma to comma
    # outside them, collecting every field.
    total = 0
    for line in text.split("\n")[1:]:
        fields = []
        i = 0
        n = len(line)
        while i <= n:
            if i < n and line[i] == '"':
                parts = []
                j = i + 1
                while True:
                    q = line.find('"', j)
                    parts.append(line[j:q])
                    if q + 1 < n and line[q + 1] == '"':
                        parts.append('"')
                        j = q + 2
                    else:
                        break
                fields.append("".join(parts))
                i = q + 2
            else:
                c = line.find(",", i)
                if c == -1:
                    c = n
                fields.append(line[i:c])
                i = c + 1
        total += int(fields[column])
    return total
