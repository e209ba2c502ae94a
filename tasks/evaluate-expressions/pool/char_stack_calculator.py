def evaluate(expr):
    # The "basic calculator" scan: digits are accumulated character by character; each nesting level is a list
    # of signed terms (a product multiplies the last term in place), and a ")" sums its level into the one below.
    levels = [[]]
    num = 0
    op = "+"
    expr = expr + "+"
    for ch in expr:
        if ch.isdigit():
            num = num * 10 + int(ch)
            continue
        if ch == " ":
            continue
        if ch == "(":
            levels.append([])
            levels[-2].append(op)  # remember the operator in front of the group
            op = "+"
            continue
        terms = levels[-1]
        if op == "+":
            terms.append(num)
        elif op == "-":
            terms.append(-num)
        else:
            terms[-1] = terms[-1] * num
        if ch == ")":
            num = sum(levels.pop())
            op = levels[-1].pop()
        else:
            num = 0
            op = ch
    return sum(levels[0])
