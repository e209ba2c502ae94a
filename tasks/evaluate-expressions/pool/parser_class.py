class _Parser:
    """A recursive-descent parser reading characters through peek/advance methods that skip spaces."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_spaces(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def peek(self):
        self.skip_spaces()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def advance(self):
        self.skip_spaces()
        ch = self.text[self.pos]
        self.pos += 1
        return ch

    def number(self):
        start = self.pos
        while self.peek().isdigit():
            self.advance()
        return int(self.text[start:self.pos])

    def factor(self):
        if self.peek() == "(":
            self.advance()
            value = self.expression()
            self.advance()
            return value
        return self.number()

    def term(self):
        value = self.factor()
        while self.peek() == "*":
            self.advance()
            value *= self.factor()
        return value

    def expression(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.advance() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value


def evaluate(expr):
    return _Parser(expr).expression()
