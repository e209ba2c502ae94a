"""Samples that forge their instruction counts by issuing callgrind's client requests from machine code they made
(issue 11, item 1), and the honest work they hide: shared by tests/test_count_forgery.py (in the runners) and
tests/test_callgrind_sealing.py (under callgrind alone)."""
from __future__ import annotations

N = 200_000
WORK = "    s = 0\n    for i in range(n):\n        s ^= i\n"
HONEST = "def f(n):\n" + WORK + "    return s\n"

# mov rax, rdi; xor edx, edx; the client-request preamble (rol rdi 3, 13, 61, 51; xchg rbx, rbx); mov rax, rdx; ret
ATTACK = '''
import ctypes, mmap, os
CODE = bytes.fromhex("4889f831d248c1c70348c1c70d48c1c73d48c1c7334887db4889d0c3").ljust(4096, b"\\xcc")
ZERO_STATS, TOGGLE_COLLECT = 0x43540001, 0x43540002
KEEP = []
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
libc.sbrk.restype = ctypes.c_void_p
libc.sbrk.argtypes = [ctypes.c_long]

def mapped(addr, what="mmap"):
    if addr in (None, ctypes.c_void_p(-1).value):
        raise OSError(ctypes.get_errno(), what + " refused")
    return addr

def filled(addr):
    ctypes.memmove(addr, CODE, len(CODE))
    return addr

def mmap_module():
    m = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    m.write(CODE)
    KEEP.append(ctypes.c_char.from_buffer(m))
    return ctypes.addressof(KEEP[-1])

def libc_mmap():
    return filled(mapped(libc.mmap(None, 4096, 7, 0x22, -1, 0)))

def mprotect():
    addr = filled(mapped(libc.mmap(None, 4096, 3, 0x22, -1, 0)))
    if libc.mprotect(addr, 4096, 5):
        raise OSError(ctypes.get_errno(), "mprotect refused")
    return addr

def memfd():
    fd = os.memfd_create("code")
    os.write(fd, CODE)
    return mapped(libc.mmap(None, 4096, 5, 1, fd, 0))

def written_file():
    for where in (os.getcwd(), "/tmp", "/dev/shm", "/dev/mqueue", "/var/tmp", "/dev", "/", "/opt"):
        try:
            path = os.path.join(where, "code.bin")
            with open(path, "wb") as fh:
                fh.write(CODE)
            return mapped(libc.mmap(None, 4096, 5, 2, os.open(path, os.O_RDONLY), 0))
        except OSError:
            continue
    raise OSError("no writable place can hold executable code")

def heap():
    KEEP.append(ctypes.create_string_buffer(CODE))
    return ctypes.addressof(KEEP[-1])

def brk():
    return filled(mapped(libc.sbrk(4096), "sbrk"))

def proc_mem():
    # writes through /proc/self/mem reach even read-only mappings: the tail of libc's code, which nothing runs
    for line in open("/proc/self/maps"):
        parts = line.split()
        if parts[1] == "r-xp" and len(parts) > 5 and "libc.so" in parts[5]:
            addr = int(parts[0].split("-")[1], 16) - 256
            with open("/proc/self/mem", "r+b", buffering=0) as mem:
                mem.seek(addr)
                mem.write(CODE[:64])
            return addr
    raise OSError("no libc code found")

def fixed_high():
    return filled(mapped(libc.mmap(0x3000000000, 4096, 7, 0x32, 0, 0)))

def request(addr, code):
    req = (ctypes.c_uint64 * 6)(code, 0, 0, 0, 0, 0)
    return ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p)(addr)(ctypes.addressof(req))

def f(n):
    addr = MAKER()
    if TOGGLE:
        request(addr, TOGGLE_COLLECT)
''' + WORK + '''
    request(addr, TOGGLE_COLLECT if TOGGLE else ZERO_STATS)
    return s
'''

MAKERS = ("mmap_module", "libc_mmap", "mprotect", "memfd", "written_file", "heap", "brk", "proc_mem")
CASES = [(m, False) for m in MAKERS] + [("libc_mmap", True), ("heap", True), ("mprotect", True)]


def attack(maker: str, toggle: bool) -> str:
    return ATTACK.replace("MAKER()", f"{maker}()").replace("if TOGGLE:", f"if {toggle}:").replace(
        "if TOGGLE else", f"if {toggle} else")
