import re

_TOKEN = re.compile(r"\d+|[-+*()]")


def evaluate(expr):
    # One pass over the tokens (found by a regular expression, in C).  Each nesting level keeps the sum of its
    # finished terms, the sign of the current term and the product of the current term so far; "(" saves the
    # level on a stack, ")" closes it and feeds its value to the enclosing level as an operand.
    stack = []
    total = 0
    sign = 1
    prod = None
    for tok in _TOKEN.findall(expr):
        if tok == "(":
            stack.append((total, sign, prod))
            total, sign, prod = 0, 1, None
            continue
        if tok == ")":
            value = total + sign * prod
            total, sign, prod = stack.pop()
        elif tok == "*":
            continue
        elif tok == "+":
            total += sign * prod
            sign, prod = 1, None
            continue
        elif tok == "-":
            total += sign * prod
            sign, prod = -1, None
            continue
        else:
            value = int(tok)
        prod = value if prod is None else prod * value
    return total + sign * prod
