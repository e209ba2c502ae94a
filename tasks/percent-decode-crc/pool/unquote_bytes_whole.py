from urllib.parse import unquote_to_bytes
import zlib


def decoded_crc(items):
    joined = "".join(items).replace("+", " ")
    return zlib.crc32(unquote_to_bytes(joined))
