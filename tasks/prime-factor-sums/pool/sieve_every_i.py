def prime_factor_sums(queries):
    if not queries:
        return []
    m = max(queries)
    spf = [0] * (m + 1)
    for i in range(2, m + 1):
        if spf[i] == 0:
            spf[i] = i
            for j in range(i * i, m + 1, i):
                if spf[j] == 0:
                    spf[j] = i
    result = []
    for x in queries:
        total = 0
        while x != 1:
            total += spf[x]
            x = x // spf[x]
        result.append(total)
    return result
