from zlib import crc32


def decoded_crc(items):
    parts = []
    for s in items:
        pieces = s.replace("+", " ").split("%")
        parts.append(pieces[0].encode())
        for p in pieces[1:]:
            parts.append(bytes.fromhex(p[:2]))
            parts.append(p[2:].encode())
    return crc32(b"".join(parts))
