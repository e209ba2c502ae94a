from binascii import a2b_qp
from zlib import crc32

TO_QP = str.maketrans("+%", " =")


def decoded_crc(items):
    # Quoted-printable decoding of each item after "%" -> "=" and "+" -> " ", the checksum carried item to item.
    crc = 0
    for s in items:
        crc = crc32(a2b_qp(s.translate(TO_QP)), crc)
    return crc
