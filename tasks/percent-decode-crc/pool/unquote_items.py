from urllib.parse import unquote_to_bytes
from zlib import crc32


def decoded_crc(items):
    # urllib's decoder per item: it splits at "%" and looks each escape up in a Python loop.
    return crc32(b"".join([unquote_to_bytes(s.replace("+", " ")) for s in items]))
