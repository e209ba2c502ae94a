def column_sum(text, column):
    # Scan each record character by character only until the wanted field has been read.
    total = 0
    records = text.split("\n")
    for r in range(1, len(records)):
        line = records[r]
        n = len(line)
        i = 0
        field_no = 0
        while True:
            if i < n and line[i] == '"':
                j = i + 1
                while True:
                    j = line.index('"', j)
                    if j + 1 < n and line[j + 1] == '"':
                        j += 2
                    else:
                        break
                value = line[i + 1:j]
                end = j + 1
            else:
                end = line.find(",", i)
                if end == -1:
                    end = n
                value = line[i:end]
            if field_no == column:
                total += int(value)
                break
            field_no += 1
            i = end + 1
    return total
