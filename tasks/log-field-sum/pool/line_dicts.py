def sum_log_fields(log, fields):
    totals = dict.fromkeys(fields, 0)
    names = list(totals)
    for line in log.split("\n"):
        if not line:
            continue
        record = dict(part.split("=", 1) for part in line.split(" "))
        for name in names:
            if name in record:
                totals[name] += int(record[name])
    return tuple(totals[f] for f in fields)
