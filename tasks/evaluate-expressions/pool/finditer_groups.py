import re

_TOKEN = re.compile(r"(?P<number>\d+)|(?P<open>\()|(?P<close>\))|(?P<op>[-+*])")


def evaluate(expr):
    # Tokens from named regex groups (finditer, the kind read from m.lastgroup), each handled by a small
    # function from a dispatch table; the state of every nesting level is a dict on a stack.
    levels = [{"total": 0, "sign": 1, "prod": None}]

    def operand(value):
        level = levels[-1]
        level["prod"] = value if level["prod"] is None else level["prod"] * value

    def on_number(text):
        operand(int(text))

    def on_open(_):
        levels.append({"total": 0, "sign": 1, "prod": None})

    def on_close(_):
        level = levels.pop()
        operand(level["total"] + level["sign"] * level["prod"])

    def on_op(text):
        if text != "*":
            level = levels[-1]
            level["total"] += level["sign"] * level["prod"]
            level["sign"] = 1 if text == "+" else -1
            level["prod"] = None

    handlers = {"number": on_number, "open": on_open, "close": on_close, "op": on_op}
    for m in _TOKEN.finditer(expr):
        handlers[m.lastgroup](m.group())
    level = levels[0]
    return level["total"] + level["sign"] * level["prod"]
