import zlib


def decoded_crc(items):
    # Decode to a latin-1 string (code point = byte value), then encode back to bytes.
    crc = 0
    for s in items:
        out = ""
        i = 0
        while i < len(s):
            if s[i] == "%":
                out += chr(int(s[i + 1:i + 3], 16))
                i += 3
            else:
                out += " " if s[i] == "+" else s[i]
                i += 1
        crc = zlib.crc32(out.encode("latin-1"), crc)
    return crc
