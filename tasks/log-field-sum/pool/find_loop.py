def sum_log_fields(log, fields):
    # Jump from one occurrence of "key=" to the next with str.find; accept it only at the start of a token.
    cache = {}
    n = len(log)
    for f in fields:
        if f in cache:
            continue
        needle = f + "="
        total = 0
        pos = log.find(needle)
        while pos != -1:
            if pos == 0 or log[pos - 1] in " \n":
                start = pos + len(needle)
                end = start
                while end < n and log[end] not in " \n":
                    end += 1
                total += int(log[start:end])
            pos = log.find(needle, pos + 1)
        cache[f] = total
    return tuple(cache[f] for f in fields)
