def count_digit_sums(queries):
    result = []
    for lo, hi, s in queries:
        digits = [int(c) for c in str(lo)][::-1]  # least significant first
        cur = sum(digits)
        count = 0
        for _ in range(hi - lo + 1):
            if cur == s:
                count += 1
            i = 0
            while i < len(digits) and digits[i] == 9:
                digits[i] = 0
                cur -= 9
                i += 1
            if i == len(digits):
                digits.append(1)
            else:
                digits[i] += 1
            cur += 1
        result.append(count)
    return result
