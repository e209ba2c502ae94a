import string


def line_cipher(text, key):
    # Looks every letter up in the alphabet string with str.index and collects the characters of each line.
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    lines = []
    for i, line in enumerate(text.split("\n")):
        s = lower.index(key[i % len(key)])
        chars = []
        for c in line:
            if c in lower:
                chars.append(lower[(lower.index(c) + s) % 26])
            elif c in upper:
                chars.append(upper[(upper.index(c) + s) % 26])
            else:
                chars.append(c)
        lines.append("".join(chars))
    return "\n".join(lines)
