def rle_decode(code):
    # The count's digits are collected in a string and converted when the character arrives; each run is added to
    # the result by concatenation.
    result = ""
    digits = ""
    for ch in code:
        if ch.isdigit() and ch.isascii():
            digits += ch
        else:
            result = result + ch * int(digits)
            digits = ""
    return result
