def line_cipher(text, key):
    # Builds the result with += one character at a time, computing the shift of the current line once per line.
    result = ""
    line = 0
    shift = ord(key[0]) - ord("a")
    for ch in text:
        if ch == "\n":
            line += 1
            shift = ord(key[line % len(key)]) - ord("a")
            result += ch
        elif "a" <= ch <= "z":
            result += chr((ord(ch) - 97 + shift) % 26 + 97)
        elif "A" <= ch <= "Z":
            result += chr((ord(ch) - 65 + shift) % 26 + 65)
        else:
            result += ch
    return result
