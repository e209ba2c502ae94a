import re


def token_stats(src):
    # Classify every character with a regular expression call, growing the current identifier or number by
    # concatenation; strings are found by scanning ahead for the closing quote on the same line.
    idents = []
    number_sum = 0
    strings = 0
    symbols = 0
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if re.match(r"[ \t\n]", ch):
            i += 1
        elif re.match(r"[A-Za-z_]", ch):
            word = ch
            i += 1
            while i < n and re.match(r"[A-Za-z0-9_]", src[i]):
                word = word + src[i]
                i += 1
            idents.append(word)
        elif re.match(r"[0-9]", ch):
            digits = ch
            i += 1
            while i < n and re.match(r"[0-9]", src[i]):
                digits = digits + src[i]
                i += 1
            number_sum += int(digits)
        elif ch == '"':
            j = i + 1
            while j < n and src[j] not in '"\n':
                j += 1
            if j < n and src[j] == '"':
                strings += 1
                i = j + 1
            else:
                symbols += 1
                i += 1
        else:
            symbols += 1
            i += 1
    return (len(idents), len(set(idents)), number_sum, strings, symbols)
