def sum_log_fields(log, fields):
    totals = {f: 0 for f in fields}
    for token in log.split():
        key, _, value = token.partition("=")
        if key in totals:
            totals[key] += int(value)
    return tuple(totals[f] for f in fields)
