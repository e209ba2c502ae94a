import codecs
import zlib


def decoded_crc(items):
    crc = 0
    for item in items:
        raw = codecs.escape_decode(item.replace("+", " ").replace("%", "\\x"))[0]
        crc = zlib.crc32(raw, crc)
    return crc
