def first_repeat(nums, w):
    # Convert every number to text once, then join slices of the texts.
    texts = list(map(str, nums))
    seen = set()
    for j in range(len(nums) - w + 1):
        key = " ".join(texts[j:j + w])
        if key in seen:
            return j
        seen.add(key)
    return -1
