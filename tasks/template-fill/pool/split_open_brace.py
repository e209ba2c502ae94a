import re

_NAME = re.compile(r"[a-z0-9_]+")


def fill_template(template, values):
    # Split at every `{`: each chunk after the first starts right after a brace, so a placeholder is a chunk whose
    # text up to its first `}` is a valid name.
    chunks = template.split("{")
    out = [chunks[0]]
    for chunk in chunks[1:]:
        end = chunk.find("}")
        if end > 0 and _NAME.fullmatch(chunk, 0, end) and chunk[:end] in values:
            out.append(values[chunk[:end]] + chunk[end + 1:])
        else:
            out.append("{" + chunk)
    return "".join(out)
