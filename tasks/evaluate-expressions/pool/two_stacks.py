import operator
import re

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "(": 0}
_FUNCTIONS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def _apply(values, op):
    b = values.pop()
    a = values.pop()
    values.append(_FUNCTIONS[op](a, b))


def evaluate(expr):
    # The classic two-stack evaluator: a value stack and an operator stack, operators applied (through a table
    # of operator functions) as soon as one of lower or equal precedence arrives.
    values, ops = [], []
    for tok in re.findall(r"\d+|\S", expr):
        if tok.isdigit():
            values.append(int(tok))
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                _apply(values, ops.pop())
            ops.pop()
        else:
            while ops and _PRECEDENCE[ops[-1]] >= _PRECEDENCE[tok]:
                _apply(values, ops.pop())
            ops.append(tok)
    while ops:
        _apply(values, ops.pop())
    return values[0]
