def json_path_sum(text, paths):
    # No parse is kept: every path scans the text again from the start, character by character, stepping into the
    # member or element it names and skipping (scanning over) every value before it.
    n = len(text)

    def ws(i):
        while i < n and text[i] in " \t\n\r":
            i += 1
        return i

    def skip_string(i):
        i += 1
        while text[i] != '"':
            i += 1
        return i + 1

    def skip_value(i):
        # returns index after the value starting at i (no leading ws)
        c = text[i]
        if c == '"':
            return skip_string(i)
        if c == "{" or c == "[":
            close = "}" if c == "{" else "]"
            i = ws(i + 1)
            if text[i] == close:
                return i + 1
            while True:
                if c == "{":
                    i = ws(skip_string(i))
                    i = ws(i + 1)
                i = ws(skip_value(i))
                if text[i] == ",":
                    i = ws(i + 1)
                else:
                    return i + 1
        i += 1
        while i < n and "0" <= text[i] <= "9":
            i += 1
        return i

    def find(i, segs, d):
        # value starts at i; follow segs[d:]
        if d == len(segs):
            if text[i] == "-" or "0" <= text[i] <= "9":
                j = skip_value(i)
                return int(text[i:j])
            return 0
        c = text[i]
        seg = segs[d]
        if c == "{":
            i = ws(i + 1)
            if text[i] == "}":
                return 0
            while True:
                j = skip_string(i)
                key = text[i + 1:j - 1]
                i = ws(ws(j) + 1)
                if key == seg:
                    return find(i, segs, d + 1)
                i = ws(skip_value(i))
                if text[i] == ",":
                    i = ws(i + 1)
                else:
                    return 0
        if c == "[":
            if not seg.isdigit():
                return 0
            want = int(seg)
            i = ws(i + 1)
            if text[i] == "]":
                return 0
            idx = 0
            while True:
                if idx == want:
                    return find(i, segs, d + 1)
                i = ws(skip_value(i))
                if text[i] == ",":
                    i = ws(i + 1)
                    idx += 1
                else:
                    return 0
        return 0

    start = ws(0)
    return sum(find(start, p.split("."), 0) for p in paths)
