import re


def sum_log_fields(log, fields):
    # One regex scan of the log per distinct field, all in C. The pattern starts with the key itself, a literal,
    # so the engine jumps between occurrences of it; the lookbehind right after the key then rejects a key that
    # is only the tail of a longer one ("bytes" inside "req_bytes"): the key must start the text or follow a space
    # or a newline. The values are converted and summed in C.
    sums = {}
    for f in fields:
        if f not in sums:
            k = re.escape(f)
            sums[f] = sum(map(int, re.findall(k + r"(?<!\S" + k + r")=(-?\d+)", log)))
    return tuple(sums[f] for f in fields)
