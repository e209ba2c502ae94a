import textwrap


def wrap_lines(text, width):
    # The standard library's wrapper, told not to break long words or hyphenated words.
    normalised = " ".join(text.split())
    return textwrap.wrap(normalised, width=width, break_long_words=False, break_on_hyphens=False)
