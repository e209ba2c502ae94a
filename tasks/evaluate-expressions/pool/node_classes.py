import sys


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self):
        return self.value


class BinOp:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def evaluate(self):
        a = self.left.evaluate()
        b = self.right.evaluate()
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        return a * b


def _tokens(text):
    """Yield numbers (as ints) and operator characters, one character read at a time."""
    number = ""
    for ch in text:
        if ch.isdigit():
            number = number + ch
            continue
        if number:
            yield int(number)
            number = ""
        if not ch.isspace():
            yield ch
    if number:
        yield int(number)


def evaluate(expr):
    # Recursive-descent parse into node objects, then a recursive evaluate() over the tree.
    tokens = list(_tokens(expr))
    pos = 0

    def expression():
        nonlocal pos
        node = term()
        while pos < len(tokens) and tokens[pos] in ("+", "-"):
            op = tokens[pos]
            pos += 1
            node = BinOp(op, node, term())
        return node

    def term():
        nonlocal pos
        node = factor()
        while pos < len(tokens) and tokens[pos] == "*":
            pos += 1
            node = BinOp("*", node, factor())
        return node

    def factor():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "(":
            node = expression()
            pos += 1
            return node
        return Num(tok)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    return expression().evaluate()
