def max_xor_pair(nums):
    answer = 0
    bits = len(bin(max(nums))) - 2
    for i in range(bits - 1, -1, -1):
        answer <<= 1
        candidate = answer | 1
        shifted = [num >> i for num in nums]
        seen = set(shifted)
        found = False
        for p in shifted:
            if p ^ candidate in seen:
                found = True
                break
        if found:
            answer = candidate
    return answer
