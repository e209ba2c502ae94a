import string


def line_cipher(text, key):
    # Builds the translation table of a line's shift again for every line.
    result = []
    for i, line in enumerate(text.split("\n")):
        shift = ord(key[i % len(key)]) - ord("a")
        lower = string.ascii_lowercase
        upper = string.ascii_uppercase
        table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
        result.append(line.translate(table))
    return "\n".join(result)
