import re

_INT = re.compile(r"-?\d+")
_WS = re.compile(r"[ \t\n\r]*")


def json_path_sum(text, paths):
    # Recursive descent that jumps over strings with str.find and reads integers with one regex match.
    ws = _WS.match
    num = _INT.match
    find = text.find

    def value(i):
        i = ws(text, i).end()
        c = text[i]
        if c == '"':
            j = find('"', i + 1)
            return text[i + 1:j], j + 1
        if c == "{":
            obj = {}
            i = ws(text, i + 1).end()
            if text[i] == "}":
                return obj, i + 1
            while True:
                i = ws(text, i).end()
                j = find('"', i + 1)
                key = text[i + 1:j]
                i = ws(text, j + 1).end() + 1
                obj[key], i = value(i)
                i = ws(text, i).end()
                if text[i] == "}":
                    return obj, i + 1
                i += 1
        if c == "[":
            arr = []
            i = ws(text, i + 1).end()
            if text[i] == "]":
                return arr, i + 1
            while True:
                v, i = value(i)
                arr.append(v)
                i = ws(text, i).end()
                if text[i] == "]":
                    return arr, i + 1
                i += 1
        m = num(text, i)
        return int(m.group()), m.end()

    root, _ = value(0)
    total = 0
    for path in paths:
        cur = root
        for seg in path.split("."):
            if type(cur) is dict:
                cur = cur.get(seg)
            elif type(cur) is list and seg.isdigit() and int(seg) < len(cur):
                cur = cur[int(seg)]
            else:
                cur = None
            if cur is None:
                break
        if type(cur) is int:
            total += cur
    return total
