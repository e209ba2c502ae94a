def sum_log_fields(log, fields):
    # Hand-rolled tokenizer: walk the characters, growing the current key and value by concatenation.
    wanted = set(fields)
    sums = {f: 0 for f in wanted}
    key = ""
    value = ""
    in_value = False
    for ch in log + "\n":
        if ch == " " or ch == "\n":
            if in_value and key in wanted:
                sums[key] += int(value)
            key = ""
            value = ""
            in_value = False
        elif ch == "=" and not in_value:
            in_value = True
        elif in_value:
            value += ch
        else:
            key += ch
    return tuple(sums[f] for f in fields)
