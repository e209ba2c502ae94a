def rle_decode(code):
    # Read the count digit by digit, then append the run's character to the result once per repetition.
    result = ""
    count = 0
    for ch in code:
        if "0" <= ch <= "9":
            count = count * 10 + int(ch)
        else:
            for _ in range(count):
                result += ch
            count = 0
    return result
