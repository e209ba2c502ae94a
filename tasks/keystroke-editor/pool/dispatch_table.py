def replay_keys(keys):
    # A handler per control key in a dict; typed characters fall through to the default handler.
    left = []
    right = []

    def move_left():
        if left:
            right.append(left.pop())

    def move_right():
        if right:
            left.append(right.pop())

    def backspace():
        if left:
            left.pop()

    handlers = {"<": move_left, ">": move_right, "#": backspace}
    for k in keys:
        h = handlers.get(k)
        if h is None:
            left.append(k)
        else:
            h()
    return "".join(left) + "".join(right[::-1])
