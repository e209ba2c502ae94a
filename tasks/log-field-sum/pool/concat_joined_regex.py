import re


def sum_log_fields(log, fields):
    # Rebuild the log as one line with a space before every token, then one findall per field.
    text = ""
    for line in log.split("\n"):
        text += " " + line
    result = []
    for f in fields:
        values = re.findall(" " + re.escape(f) + r"=(-?\d+)", text)
        total = 0
        for v in values:
            total += int(v)
        result.append(total)
    return tuple(result)
