class Scanner:
    """Character access for the parser: every look at the input skips spaces first."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def at_end(self):
        self.skip_whitespace()
        return self.pos >= len(self.text)

    def skip_whitespace(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def peek(self):
        if self.at_end():
            return None
        return self.text[self.pos]

    def advance(self):
        ch = self.peek()
        self.pos += 1
        return ch

    def expect(self, ch):
        if self.advance() != ch:
            raise ValueError(f"expected {ch!r} at position {self.pos - 1}")


class ExpressionParser:
    """expression := term (('+' | '-') term)*; term := factor ('*' factor)*; factor := number | '(' expression ')'."""

    def __init__(self, text):
        self.scanner = Scanner(text)

    def parse(self):
        value = self.parse_expression()
        if not self.scanner.at_end():
            raise ValueError("unexpected input after the expression")
        return value

    def parse_expression(self):
        value = self.parse_term()
        while self.scanner.peek() in ("+", "-"):
            op = self.scanner.advance()
            right = self.parse_term()
            value = value + right if op == "+" else value - right
        return value

    def parse_term(self):
        value = self.parse_factor()
        while self.scanner.peek() == "*":
            self.scanner.advance()
            value = value * self.parse_factor()
        return value

    def parse_factor(self):
        if self.scanner.peek() == "(":
            self.scanner.advance()
            value = self.parse_expression()
            self.scanner.expect(")")
            return value
        return self.parse_number()

    def parse_number(self):
        digits = []
        while self.scanner.peek() is not None and self.scanner.peek().isdigit():
            digits.append(self.scanner.advance())
        if not digits:
            raise ValueError(f"expected a number at position {self.scanner.pos}")
        return int("".join(digits))


def evaluate(expr):
    # A recursive-descent parser over a scanner object, one method call per look at a character.
    return ExpressionParser(expr).parse()
