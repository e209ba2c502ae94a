from zlib import crc32


def decoded_crc(items):
    # One Python step per character: escapes parsed with int(..., 16) and appended to one bytearray.
    out = bytearray()
    for s in items:
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c == "%":
                out.append(int(s[i + 1:i + 3], 16))
                i += 3
            elif c == "+":
                out.append(32)
                i += 1
            else:
                out.append(ord(c))
                i += 1
    return crc32(out)
