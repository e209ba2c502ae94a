"""The separate debug info of ELF files (``/usr/lib/debug/.build-id``), found by their GNU build id: the offline
image copies it with the interpreter and libraries (effbench.sandbox.images), because valgrind reads it and with it
tracks function entries and exits, hence where the counted region starts, exactly as it does on the host."""
from __future__ import annotations

import os
import struct


def build_id(path: str) -> str | None:
    """The GNU build id of an ELF file (from its PT_NOTE segments), or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:  # 64-bit little-endian only
                return None
            phoff, = struct.unpack_from("<Q", head, 0x20)
            phentsize, phnum = struct.unpack_from("<HH", head, 0x36)
            fh.seek(phoff)
            table = fh.read(phentsize * phnum)
            for i in range(phnum):
                p_type, = struct.unpack_from("<I", table, i * phentsize)
                if p_type != 4:  # PT_NOTE
                    continue
                offset, = struct.unpack_from("<Q", table, i * phentsize + 8)
                size, = struct.unpack_from("<Q", table, i * phentsize + 32)
                fh.seek(offset)
                notes, pos = fh.read(size), 0
                while pos + 12 <= len(notes):
                    namesz, descsz, kind = struct.unpack_from("<III", notes, pos)
                    name_end = pos + 12 + ((namesz + 3) & ~3)
                    if kind == 3 and notes[pos + 12:pos + 12 + namesz] == b"GNU\0":
                        return notes[name_end:name_end + descsz].hex()
                    pos = name_end + ((descsz + 3) & ~3)
    except (OSError, struct.error):
        return None
    return None


def debug_files(elfs: list[str]) -> list[str]:
    """The separate debug info this machine holds for the ELF files *elfs*."""
    out = []
    for path in elfs:
        bid = build_id(path)
        if bid:
            debug = f"/usr/lib/debug/.build-id/{bid[:2]}/{bid[2:]}.debug"
            if os.path.isfile(debug):
                out.append(debug)
    return out
