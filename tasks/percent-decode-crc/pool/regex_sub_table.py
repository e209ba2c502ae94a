import re
from zlib import crc32

ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Every spelling of every escape, upper- and lower-case hex digits alike, mapped to its latin-1 character.
TABLE = {}
for _b in range(256):
    for _h in ("%02X" % _b, "%02x" % _b, "%X%x" % (_b >> 4, _b & 15), "%x%X" % (_b >> 4, _b & 15)):
        TABLE["%" + _h] = chr(_b)


def decoded_crc(items):
    out = []
    for s in items:
        out.append(ESCAPE.sub(lambda m: TABLE[m.group()], s.replace("+", " ")))
    return crc32("".join(out).encode("latin-1"))
