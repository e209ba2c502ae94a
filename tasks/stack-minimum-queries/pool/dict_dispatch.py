def stack_min_checksum(ops):
    values = []
    mins = []
    result = [0, 0]  # checksum, queries so far

    def push(x):
        values.append(x)
        mins.append(x if not mins or x < mins[-1] else mins[-1])

    def pop():
        values.pop()
        mins.pop()

    def dup():
        push(values[-1])

    def query():
        result[1] += 1
        result[0] += result[1] * mins[-1]

    handlers = {-1: pop, -2: dup, -3: query}
    for op in ops:
        if op >= 0:
            push(op)
        else:
            handlers[op]()
    return result[0]
