def first_repeat(nums, w):
    # Bucket windows by the hash of their tuple, compare list slices inside a bucket.
    buckets = {}
    for j in range(len(nums) - w + 1):
        h = hash(tuple(nums[j:j + w]))
        if h in buckets:
            for i in buckets[h]:
                if nums[i:i + w] == nums[j:j + w]:
                    return j
            buckets[h].append(j)
        else:
            buckets[h] = [j]
    return -1
