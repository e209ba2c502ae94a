def rle_decode(code):
    # Parse the counts by index; put every decoded character into a list one append at a time.
    out = []
    i = 0
    n = len(code)
    while i < n:
        j = i
        while code[j] in "0123456789":
            j += 1
        count = int(code[i:j])
        ch = code[j]
        for _ in range(count):
            out.append(ch)
        i = j + 1
    return "".join(out)
