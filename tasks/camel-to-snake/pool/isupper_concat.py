def to_snake(text):
    # Per identifier, a character loop with str methods (a capital is one whose lower() differs), grown by +=.
    if not text:
        return ""
    result = []
    for name in text.split(" "):
        out = name[0].lower()
        for ch in name[1:]:
            low = ch.lower()
            if low != ch:
                out += "_" + low
            else:
                out += ch
        result.append(out)
    return " ".join(result)
