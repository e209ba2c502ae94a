def sum_log_fields(log, fields):
    # For every requested field, read the whole log again: split it into lines, every line into tokens.
    out = []
    for field in fields:
        total = 0
        for line in log.split("\n"):
            for token in line.split(" "):
                if "=" in token:
                    key, value = token.split("=", 1)
                    if key == field:
                        total += int(value)
        out.append(total)
    return tuple(out)
