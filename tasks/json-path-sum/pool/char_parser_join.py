class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def peek(self):
        while self.text[self.i] in " \t\r\n":
            self.i += 1
        return self.text[self.i]

    def parse(self):
        c = self.peek()
        if c == "{":
            return self.parse_object()
        if c == "[":
            return self.parse_array()
        if c == '"':
            return self.parse_string()
        return self.parse_int()

    def parse_object(self):
        self.i += 1
        result = {}
        if self.peek() == "}":
            self.i += 1
            return result
        while True:
            self.peek()
            key = self.parse_string()
            self.peek()
            self.i += 1  # ':'
            result[key] = self.parse()
            if self.peek() == ",":
                self.i += 1
            else:
                self.i += 1
                return result

    def parse_array(self):
        self.i += 1
        result = []
        if self.peek() == "]":
            self.i += 1
            return result
        while True:
            result.append(self.parse())
            if self.peek() == ",":
                self.i += 1
            else:
                self.i += 1
                return result

    def parse_string(self):
        self.i += 1
        chars = []
        while self.text[self.i] != '"':
            chars.append(self.text[self.i])
            self.i += 1
        self.i += 1
        return "".join(chars)

    def parse_int(self):
        digits = []
        if self.text[self.i] == "-":
            digits.append("-")
            self.i += 1
        while self.i < len(self.text) and self.text[self.i].isdigit():
            digits.append(self.text[self.i])
            self.i += 1
        return int("".join(digits))


def lookup(data, path):
    for key in path.split("."):
        if isinstance(data, dict):
            if key not in data:
                return None
            data = data[key]
        elif isinstance(data, list):
            if not key.isdigit() or int(key) >= len(data):
                return None
            data = data[int(key)]
        else:
            return None
    return data


def json_path_sum(text, paths):
    data = Parser(text + " ").parse()
    total = 0
    for p in paths:
        v = lookup(data, p)
        if isinstance(v, int):
            total += v
    return total
