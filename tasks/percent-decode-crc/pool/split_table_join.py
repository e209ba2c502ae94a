from zlib import crc32

# Two hex digits (either case) -> the byte they spell.
HEX = {}
for _b in range(256):
    for _h in ("%02X" % _b, "%02x" % _b, "%X%x" % (_b >> 4, _b & 15), "%x%X" % (_b >> 4, _b & 15)):
        HEX[_h] = bytes([_b])


def decoded_crc(items):
    # Every piece after a "%" starts with the escape's two hex digits.
    pieces = "".join(items).replace("+", " ").encode().split(b"%")
    out = [pieces[0]]
    out += [HEX[p[:2].decode()] + p[2:] for p in pieces[1:]]
    return crc32(b"".join(out))
