from itertools import cycle

_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
# Per shift, a table mapping each ASCII letter to the letter that many places on (case kept), everything else to
# itself: 256-byte tables for bytes.translate and dicts for str.translate.
_BYTE_TABLES = [bytes.maketrans((_LOWER + _UPPER).encode(),
                                (_LOWER[s:] + _LOWER[:s] + _UPPER[s:] + _UPPER[:s]).encode()) for s in range(26)]
_STR_TABLES = [str.maketrans(_LOWER + _UPPER, _LOWER[s:] + _LOWER[:s] + _UPPER[s:] + _UPPER[:s]) for s in range(26)]


def line_cipher(text, key):
    # On Latin-1 bytes every step is one C call: split at b"\n", translate each line with the table of its key
    # letter (map over the lines and the cycled tables), join and decode. bytes.translate is a plain table lookup
    # whatever the characters, where str.translate leaves its ASCII fast path at the first non-ASCII character.
    # Text outside Latin-1 takes the same steps on str.
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        tables = [_STR_TABLES[ord(k) - 97] for k in key]
        return "\n".join(map(str.translate, text.split("\n"), cycle(tables)))
    tables = [_BYTE_TABLES[ord(k) - 97] for k in key]
    return b"\n".join(map(bytes.translate, raw.split(b"\n"), cycle(tables))).decode("latin-1")
