def sum_log_fields(log, fields):
    tokens = log.split()
    out = []
    for f in fields:
        prefix = f + "="
        n = len(prefix)
        out.append(sum(int(t[n:]) for t in tokens if t.startswith(prefix)))
    return tuple(out)
