import re

_TOKEN = re.compile(r"\d+|[-+*()]")


def evaluate(expr):
    # Regex tokens -> reverse Polish notation (shunting-yard) -> stack evaluation.
    rank = {"+": 1, "-": 1, "*": 2}
    output, ops = [], []
    for tok in _TOKEN.findall(expr):
        if tok[0].isdigit():
            output.append(int(tok))
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                output.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and rank[ops[-1]] >= rank[tok]:
                output.append(ops.pop())
            ops.append(tok)
    output.extend(reversed(ops))
    stack = []
    for tok in output:
        if type(tok) is int:
            stack.append(tok)
            continue
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    return stack[0]
