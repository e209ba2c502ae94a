def shift_char(c, s):
    if c.isascii() and c.isalpha():
        base = ord("a") if c.islower() else ord("A")
        return chr((ord(c) - base + s) % 26 + base)
    return c


def line_cipher(text, key):
    # A helper function shifts one character; each line is joined from a generator over its characters.
    lines = text.split("\n")
    return "\n".join("".join(shift_char(c, ord(key[i % len(key)]) - 97) for c in line)
                     for i, line in enumerate(lines))
