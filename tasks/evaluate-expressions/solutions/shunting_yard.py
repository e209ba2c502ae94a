def evaluate(expr):
    # Scan characters into tokens, convert to reverse Polish notation with Dijkstra's shunting-yard algorithm,
    # then evaluate the RPN with a stack.
    tokens = []
    i, n = 0, len(expr)
    while i < n:
        ch = expr[i]
        if ch.isdigit():
            j = i
            while j < n and expr[j].isdigit():
                j += 1
            tokens.append(int(expr[i:j]))
            i = j
        else:
            if ch != " ":
                tokens.append(ch)
            i += 1
    precedence = {"+": 1, "-": 1, "*": 2}
    output, ops = [], []
    for tok in tokens:
        if isinstance(tok, int):
            output.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                output.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and precedence[ops[-1]] >= precedence[tok]:
                output.append(ops.pop())
            ops.append(tok)
    while ops:
        output.append(ops.pop())
    stack = []
    for tok in output:
        if isinstance(tok, int):
            stack.append(tok)
        else:
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            else:
                stack.append(a * b)
    return stack[0]
