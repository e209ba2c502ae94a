import re

_TOKEN = re.compile(r"\{[a-z0-9_]+\}|[^{]+|\{")


def fill_template(template, values):
    # Tokenise the whole template (placeholders, runs of other text, lone braces), then map every token in Python.
    out = []
    for token in _TOKEN.findall(template):
        if len(token) > 2 and token[0] == "{" and token[-1] == "}" and token[1:-1] in values:
            out.append(values[token[1:-1]])
        else:
            out.append(token)
    return "".join(out)
