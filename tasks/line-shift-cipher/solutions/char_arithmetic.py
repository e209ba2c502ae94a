def line_cipher(text, key):
    # One Python step per character: letters are shifted with ord/chr arithmetic, a newline moves on to the next
    # key letter, and the output is collected in a list of characters.
    shifts = [ord(k) - ord("a") for k in key]
    m = len(shifts)
    out = []
    line = 0
    for ch in text:
        s = shifts[line % m]
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + s) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + s) % 26 + ord("A")))
        else:
            if ch == "\n":
                line += 1
            out.append(ch)
    return "".join(out)
