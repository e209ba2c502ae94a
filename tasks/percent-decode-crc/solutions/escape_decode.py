from codecs import escape_decode
from zlib import crc32


def decoded_crc(items):
    # Rewrite "%XX" as the Python bytes escape "\xXX" (the text has no backslash of its own) and "+" as a space,
    # then one codecs.escape_decode of the whole text: all in C, but the rewriting grows and copies the text twice.
    text = "".join(items).replace("+", " ").replace("%", "\\x")
    return crc32(escape_decode(text)[0])
