import re
import sys


def evaluate(expr):
    # Recursive descent over regex tokens: expression := term (('+' | '-') term)*, term := factor ('*' factor)*,
    # factor := number | '(' expression ')'.  The position is shared through a one-element list.
    tokens = re.findall(r"\d+|[-+*()]", expr)
    pos = [0]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))

    def expression():
        value = term()
        while pos[0] < len(tokens) and tokens[pos[0]] in "+-":
            op = tokens[pos[0]]
            pos[0] += 1
            if op == "+":
                value += term()
            else:
                value -= term()
        return value

    def term():
        value = factor()
        while pos[0] < len(tokens) and tokens[pos[0]] == "*":
            pos[0] += 1
            value *= factor()
        return value

    def factor():
        tok = tokens[pos[0]]
        pos[0] += 1
        if tok == "(":
            value = expression()
            pos[0] += 1  # the closing parenthesis
            return value
        return int(tok)

    return expression()
