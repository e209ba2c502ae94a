import re


def sum_log_fields(log, fields):
    # Put everything on one line with a leading space so every key=value token is preceded by a space.
    text = " " + log.replace("\n", " ")
    answer = []
    for field in fields:
        pattern = re.compile(" " + re.escape(field) + r"=(-?\d+)")
        answer.append(sum([int(v) for v in pattern.findall(text)]))
    return tuple(answer)
