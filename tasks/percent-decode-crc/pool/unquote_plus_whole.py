from urllib.parse import unquote_plus
from zlib import crc32


def decoded_crc(items):
    # latin-1 maps every byte to one character and back, so no byte is lost to UTF-8 error handling.
    return crc32(unquote_plus("".join(items), encoding="latin-1").encode("latin-1"))
