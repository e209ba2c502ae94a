def to_snake(text):
    # The direct transcription: walk the text a character at a time and grow the result by concatenation; a capital
    # gets its `_` unless it starts the text or follows a space.
    out = ""
    for i in range(len(text)):
        ch = text[i]
        if "A" <= ch <= "Z":
            if i > 0 and text[i - 1] != " ":
                out = out + "_"
            out = out + ch.lower()
        else:
            out = out + ch
    return out
