def wrap_lines(text, width):
    # Read the text by index one character at a time, building the current word by concatenation; a finished word
    # is added to the current line or starts a new one.
    lines = []
    line = ""
    word = ""
    for i in range(len(text) + 1):
        ch = text[i] if i < len(text) else " "
        if ch.isspace():
            if word != "":
                if line == "":
                    line = word
                elif len(line) + 1 + len(word) <= width:
                    line = line + " " + word
                else:
                    lines.append(line)
                    line = word
                word = ""
        else:
            word = word + ch
    if line != "":
        lines.append(line)
    return lines
