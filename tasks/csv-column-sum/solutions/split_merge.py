def column_sum(text, column):
    # Split each record on every comma, then glue back the pieces of a quoted field that contained commas: a field
    # is complete once it holds an even number of quote characters.
    total = 0
    for line in text.split("\n")[1:]:
        fields = []
        pending = None
        for piece in line.split(","):
            if pending is not None:
                pending = pending + "," + piece
            else:
                pending = piece
            if pending.count('"') % 2 == 0:
                fields.append(pending)
                pending = None
            if len(fields) > column:
                break
        value = fields[column]
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        total += int(value)
    return total
