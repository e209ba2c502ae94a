class VendingMachine:
    def __init__(self, price, cap, capacity):
        self.price = price
        self.cap = cap
        self.capacity = capacity
        self.credit = 0
        self.stock = capacity
        self.sold = 0
        self.returned = 0

    def insert(self, value):
        if self.credit + value > self.cap:
            self.returned += value
        else:
            self.credit += value

    def press(self):
        if self.stock > 0 and self.credit >= self.price:
            self.stock -= 1
            self.credit -= self.price
            self.sold += 1

    def refund(self):
        self.returned += self.credit
        self.credit = 0

    def service(self):
        self.stock = self.capacity

    def handle(self, ev):
        if ev == "n":
            self.insert(5)
        elif ev == "d":
            self.insert(10)
        elif ev == "q":
            self.insert(25)
        elif ev == "b":
            self.press()
        elif ev == "r":
            self.refund()
        elif ev == "s":
            self.service()


def vending_ledger(events, price, cap, capacity):
    m = VendingMachine(price, cap, capacity)
    for ev in events:
        m.handle(ev)
    return [m.sold, m.returned, m.credit, m.stock]
