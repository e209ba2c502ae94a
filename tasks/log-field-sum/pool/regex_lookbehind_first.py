import re


def sum_log_fields(log, fields):
    result = []
    for name in fields:
        pattern = re.compile(r"(?<!\S)" + re.escape(name) + r"=(-?\d+)")
        result.append(sum(int(v) for v in pattern.findall(log)))
    return tuple(result)
