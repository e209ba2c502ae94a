import re

_FIELD = re.compile(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,"]*))')


def column_sum(text, column):
    # A regular expression lists the fields of each record (quoted or plain); the wanted one is unescaped.
    total = 0
    for line in text.split("\n")[1:]:
        fields = _FIELD.findall(line)
        quoted, plain = fields[column]
        total += int(quoted.replace('""', '"') if quoted else plain)
    return total
