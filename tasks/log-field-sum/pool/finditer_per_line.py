import re

PAIR = re.compile(r"(\w+)=(\S+)")


def sum_log_fields(log, fields):
    wanted = set(fields)
    sums = {}
    for line in log.splitlines():
        for m in PAIR.finditer(line):
            key = m.group(1)
            if key in wanted:
                sums[key] = sums.get(key, 0) + int(m.group(2))
    return tuple(sums.get(f, 0) for f in fields)
