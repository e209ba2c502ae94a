class Token:
    def __init__(self, kind, value=None):
        self.kind = kind
        self.value = value


class Lexer:
    """Characters -> Token objects, one at a time."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek_char(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def next_token(self):
        while self.peek_char() == " ":
            self.pos += 1
        ch = self.peek_char()
        if ch == "":
            return Token("end")
        if ch.isdigit():
            value = 0
            while self.peek_char().isdigit():
                value = value * 10 + int(self.peek_char())
                self.pos += 1
            return Token("number", value)
        self.pos += 1
        return Token(ch)


class Parser:
    """Pratt (precedence-climbing) parser that evaluates as it parses."""

    POWER = {"+": 10, "-": 10, "*": 20}

    def __init__(self, text):
        self.lexer = Lexer(text)
        self.current = self.lexer.next_token()

    def advance(self):
        token = self.current
        self.current = self.lexer.next_token()
        return token

    def binding_power(self, token):
        return self.POWER.get(token.kind, 0)

    def prefix(self):
        token = self.advance()
        if token.kind == "(":
            value = self.parse(0)
            self.advance()
            return value
        return token.value

    def parse(self, min_power):
        left = self.prefix()
        while self.binding_power(self.current) > min_power:
            op = self.advance()
            right = self.parse(self.binding_power(op))
            if op.kind == "+":
                left = left + right
            elif op.kind == "-":
                left = left - right
            else:
                left = left * right
        return left


def evaluate(expr):
    # Pratt parsing over a lexer of token objects; left-associative because an operator's right side only
    # takes operators that bind tighter.
    return Parser(expr).parse(0)
