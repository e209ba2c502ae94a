import re
import zlib

ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def decoded_crc(items):
    text = "".join(items).replace("+", " ")
    decoded = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return zlib.crc32(decoded.encode("latin-1"))
