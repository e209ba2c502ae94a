def first_repeat(nums, w):
    # Write each window as a string key and remember the keys seen.
    seen = set()
    for j in range(len(nums) - w + 1):
        key = ",".join(str(x) for x in nums[j:j + w])
        if key in seen:
            return j
        seen.add(key)
    return -1
