def rle_decode(code):
    # Walk the code by index with while loops: the count's digits are collected in a string, then the run's
    # character is looked up again and appended to a list once per repetition while the count is decremented.
    result = []
    i = 0
    while i < len(code):
        num = ""
        while code[i] in "0123456789":
            num += code[i]
            i += 1
        count = int(num)
        while count > 0:
            result.append(code[i])
            count -= 1
        i += 1
    return "".join(result)
