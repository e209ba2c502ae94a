def wrap_lines(text, width):
    # A character loop collecting the current word's characters in a list; lines are lists of words.
    lines = []
    cur = []
    cur_len = 0
    chars = []
    for ch in list(text) + [" "]:
        if ch.isspace():
            if chars:
                word = "".join(chars)
                chars = []
                if cur and cur_len + 1 + len(word) <= width:
                    cur.append(word)
                    cur_len += 1 + len(word)
                else:
                    if cur:
                        lines.append(" ".join(cur))
                    cur = [word]
                    cur_len = len(word)
        else:
            chars.append(ch)
    if cur:
        lines.append(" ".join(cur))
    return lines
