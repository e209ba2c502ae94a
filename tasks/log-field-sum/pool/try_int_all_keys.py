from collections import defaultdict


def sum_log_fields(log, fields):
    # Sum every integer field of the log, then answer the requested ones.
    totals = defaultdict(int)
    for line in log.splitlines():
        for token in line.split():
            key, value = token.split("=", 1)
            try:
                totals[key] += int(value)
            except ValueError:
                pass
    return tuple(totals[f] for f in fields)
