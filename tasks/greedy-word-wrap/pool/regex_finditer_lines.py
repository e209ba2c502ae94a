import re


def wrap_lines(text, width):
    # The greedy line pattern over the collapsed text, read through match objects.
    flat = " ".join(text.split())
    pattern = re.compile(r"(\S.{0,%d}(?= |$)|\S+) ?" % (width - 1))
    return [m.group(1) for m in pattern.finditer(flat)]
