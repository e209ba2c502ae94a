def _tokens(text):
    """Numbers and operator characters, read one character at a time."""
    out = []
    digits = []
    for ch in text:
        if ch.isdigit():
            digits.append(ch)
            continue
        if digits:
            out.append("".join(digits))
            digits = []
        if ch != " ":
            out.append(ch)
    if digits:
        out.append("".join(digits))
    return out


def _parse(tokens):
    """Shunting-yard into a tree of dict nodes {"op", "left", "right"}; leaves are ints."""
    rank = {"+": 1, "-": 1, "*": 2}
    operands, operators = [], []

    def reduce_top():
        op = operators.pop()
        right = operands.pop()
        left = operands.pop()
        operands.append({"op": op, "left": left, "right": right})

    for tok in tokens:
        if tok.isdigit():
            operands.append(int(tok))
        elif tok == "(":
            operators.append(tok)
        elif tok == ")":
            while operators[-1] != "(":
                reduce_top()
            operators.pop()
        else:
            while operators and operators[-1] != "(" and rank[operators[-1]] >= rank[tok]:
                reduce_top()
            operators.append(tok)
    while operators:
        reduce_top()
    return operands[0]


def _eval(node):
    """Post-order evaluation of the tree with an explicit stack (the tree can be deep)."""
    results = []
    work = [(node, False)]
    while work:
        item, expanded = work.pop()
        if isinstance(item, int):
            results.append(item)
        elif expanded:
            right = results.pop()
            left = results.pop()
            op = item["op"]
            results.append(left + right if op == "+" else left - right if op == "-" else left * right)
        else:
            work.append((item, True))
            work.append((item["right"], False))
            work.append((item["left"], False))
    return results[0]


def evaluate(expr):
    # Tokenize character by character, build a syntax tree of dicts, then evaluate it.
    return _eval(_parse(_tokens(expr)))
