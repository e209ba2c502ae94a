def sum_log_fields(log, fields):
    sums = {}
    for line in log.splitlines():
        for token in line.split(" "):
            if "=" not in token:
                continue
            key, value = token.split("=")
            if key in fields:
                sums[key] = sums.get(key, 0) + int(value)
    return tuple(sums.get(f, 0) for f in fields)
