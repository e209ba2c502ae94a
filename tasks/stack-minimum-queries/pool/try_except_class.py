class EmptyStackError(Exception):
    pass


class Stack:
    def __init__(self):
        self._data = []
        self._min = []

    def __len__(self):
        return len(self._data)

    def push(self, x):
        self._data.append(x)
        try:
            current = self._min[-1]
        except IndexError:
            current = x
        self._min.append(current if current < x else x)

    def pop(self):
        if not self._data:
            raise EmptyStackError()
        self._min.pop()
        return self._data.pop()

    def peek(self):
        if not self._data:
            raise EmptyStackError()
        return self._data[-1]

    @property
    def minimum(self):
        if not self._min:
            raise EmptyStackError()
        return self._min[-1]


def stack_min_checksum(ops):
    st = Stack()
    answers = []
    for op in ops:
        if op >= 0:
            st.push(op)
        elif op == -1:
            st.pop()
        elif op == -2:
            st.push(st.peek())
        else:
            answers.append(st.minimum)
    return sum((i + 1) * m for i, m in enumerate(answers))
