def rle_decode(code):
    # One pass over the code: a digit extends the count with integer arithmetic only (no call), a run character is
    # repeated by str * int in C and kept in a list joined once at the end. Measured cheaper than the regex
    # formulations (findall, split, sub), whose per-match overhead exceeds the few bytecodes spent per code
    # character here; no Python step runs per output character.
    parts = []
    count = 0
    for ch in code:
        if "0" <= ch <= "9":
            count = count * 10 + ord(ch) - 48
        else:
            parts.append(ch * count)
            count = 0
    return "".join(parts)
