import re


def column_sum(text, column):
    # One regular expression over the whole text skips `column` fields at the start of every line and captures the
    # integer of the next one, quoted or not; the header is cut off first.
    body = text.partition("\n")[2]
    if not body:
        return 0
    skip = r'(?:"(?:[^"]|"")*"|[^,"\n]*),'
    pattern = re.compile(r'^(?:%s){%d}"?(-?[0-9]+)"?(?:,|$)' % (skip, column), re.M)
    return sum(map(int, pattern.findall(body)))
