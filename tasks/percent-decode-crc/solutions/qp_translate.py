from binascii import a2b_qp
from zlib import crc32

# "+" becomes a space and "%" becomes "=": a percent escape "%XX" is then a quoted-printable escape "=XX".
_TO_QP = bytes.maketrans(b"+%", b" =")


def decoded_crc(items):
    # Escapes never span two items, so the concatenation of the decoded items is the decoding of the concatenated
    # items. One translation and one quoted-printable decoding (binascii.a2b_qp) of the whole text, all in C: the
    # text has no "=" of its own (it would be written %3D) and no line breaks, which are the only other things a
    # quoted-printable decoder treats specially.
    return crc32(a2b_qp("".join(items).encode("ascii").translate(_TO_QP)))
