import re

_GROUP = re.compile(r"\(([^()]*)\)")                  # a parenthesised group with no group inside
_NUMBER = re.compile(r"-?\d+")
_PRODUCT = re.compile(r"(?:(?<!\d)-)?\d+\*-?\d+")     # a '-' right after a digit is binary, not a sign
_SUM = re.compile(r"(-?\d+)([-+])(-?\d+)")


def _one_operation(flat):
    """Carry out one operation of a parenthesis-free expression (operands may carry a sign) and splice
    its result back in: the first product if there is one, else the leftmost addition or subtraction."""
    m = _PRODUCT.search(flat)
    if m:
        a, b = m.group().split("*")
        return flat[:m.start()] + str(int(a) * int(b)) + flat[m.end():]
    m = _SUM.match(flat)
    a, op, b = int(m.group(1)), m.group(2), int(m.group(3))
    return str(a + b if op == "+" else a - b) + flat[m.end():]


def evaluate(expr):
    # Evaluation by rewriting the text: repeatedly perform one operation inside an innermost group (or drop the
    # parentheses around a lone number), until only a number is left.  Every step rescans and rebuilds the text.
    s = expr.replace(" ", "")
    while True:
        m = _GROUP.search(s)
        if m:
            inner = m.group(1)
            if _NUMBER.fullmatch(inner):
                s = s[:m.start()] + inner + s[m.end():]
            else:
                s = s[:m.start(1)] + _one_operation(inner) + s[m.end(1):]
        elif _NUMBER.fullmatch(s):
            return int(s)
        else:
            s = _one_operation(s)
