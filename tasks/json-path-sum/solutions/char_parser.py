def json_path_sum(text, paths):
    # One recursive-descent parse of the whole text, one Python step per character (strings grown by +=, ints
    # digit by digit), into dicts and lists; then every path is walked over the parsed value.
    n = len(text)
    pos = 0

    def skip_ws():
        nonlocal pos
        while pos < n and text[pos] in " \t\n\r":
            pos += 1

    def parse_value():
        nonlocal pos
        skip_ws()
        c = text[pos]
        if c == "{":
            pos += 1
            obj = {}
            skip_ws()
            if text[pos] == "}":
                pos += 1
                return obj
            while True:
                skip_ws()
                key = parse_string()
                skip_ws()
                pos += 1  # ':'
                obj[key] = parse_value()
                skip_ws()
                if text[pos] == ",":
                    pos += 1
                else:
                    pos += 1  # '}'
                    return obj
        if c == "[":
            pos += 1
            arr = []
            skip_ws()
            if text[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(parse_value())
                skip_ws()
                if text[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return arr
        if c == '"':
            return parse_string()
        neg = False
        if c == "-":
            neg = True
            pos += 1
        v = 0
        while pos < n and "0" <= text[pos] <= "9":
            v = v * 10 + (ord(text[pos]) - 48)
            pos += 1
        return -v if neg else v

    def parse_string():
        nonlocal pos
        pos += 1
        s = ""
        while text[pos] != '"':
            s += text[pos]
            pos += 1
        pos += 1
        return s

    root = parse_value()
    total = 0
    for path in paths:
        cur = root
        ok = True
        for seg in path.split("."):
            if isinstance(cur, dict) and seg in cur:
                cur = cur[seg]
            elif isinstance(cur, list) and seg.isdigit() and int(seg) < len(cur):
                cur = cur[int(seg)]
            else:
                ok = False
                break
        if ok and isinstance(cur, int):
            total += cur
    return total
