import re


def sum_log_fields(log, fields):
    names = sorted(set(fields), key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")=(-?\d+)")
    sums = dict.fromkeys(names, 0)
    for m in pattern.finditer(log):
        start = m.start()
        if start == 0 or log[start - 1] in " \n":
            sums[m.group(1)] += int(m.group(2))
    return tuple(sums[f] for f in fields)
