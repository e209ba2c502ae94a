import io
import re

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill_template(template, values):
    # finditer with the output written piece by piece to a StringIO buffer.
    buffer = io.StringIO()
    last = 0
    for match in _PLACEHOLDER.finditer(template):
        value = values.get(match.group(1))
        if value is not None:
            buffer.write(template[last:match.start()])
            buffer.write(value)
            last = match.end()
    buffer.write(template[last:])
    return buffer.getvalue()
