from binascii import a2b_qp
from zlib import crc32

TO_QP = bytes.maketrans(b"+%", b" =")


def decoded_crc(items):
    decoded = [a2b_qp(s.encode().translate(TO_QP)) for s in items]
    return crc32(b"".join(decoded))
