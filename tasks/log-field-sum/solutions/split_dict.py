def sum_log_fields(log, fields):
    # One pass: every token split once at its "=", summed into a dict when its key was requested.
    sums = dict.fromkeys(fields, 0)
    for line in log.split("\n"):
        for token in line.split():
            key, value = token.split("=", 1)
            if key in sums:
                sums[key] += int(value)
    return tuple(sums[f] for f in fields)
