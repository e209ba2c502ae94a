"""What an imported ENAMEL task runs on the host: ENAMEL's generator and checker behind effbench's interfaces.

ENAMEL's generator is ``generate_input(size, lid, cid)`` drawing from the *global* ``random`` module, run after the
prompt in a scope that also holds ``random``, ``string``, ``time`` and ENAMEL's helper functions; ENAMEL seeds
``random`` per test.  Its checker is ``__check(input, answer, output)`` run after the prompt completed with ``pass``.
This module gives them that scope (with effbench's own versions of the helpers) and adapts them:

* ``EnamelSource.level0_cases()``: ENAMEL's level 0, exactly as ENAMEL numbers it (lid 0, cid 0..n-1, the global
  ``random`` seeded with ``seed ^ index ^ cid``), as the task's hand cases -- that is where ENAMEL's generators put
  their edge cases;
* ``EnamelSource.generate(level, rng, index)``: test *index* of a scored level, for effbench's
  ``generate(size, rng, index)``: ENAMEL's ``cid`` is the test's index in its level, as in ENAMEL, and the global
  ``random`` is seeded from ``rng``: deterministic per (run seed, task, level, test), like every effbench input;
* ``EnamelChecker``: ``check(args, output, expected)`` calling ``__check(input, answer, output)``.

The global ``random`` state is saved and restored around each call, so effbench's own use of it is untouched.
"""
from __future__ import annotations

import builtins
import random
import string
import time

from ..errors import TaskError


# ---------------------------------------------------------------- helpers ENAMEL's generators may call
# effbench's own implementations of the helper names ENAMEL's scope provides (same names, arguments and kind of
# output; not the same random draws, so inputs of generators that call them differ from ENAMEL's).
def rand_parens(size: int, valid: bool = True, par: str = "()", sep: str | None = ""):
    """Random parentheses of about *size* characters: balanced top-level groups joined by *sep* (a list of the
    groups when sep is None), or, with valid=False, a string that is not balanced."""
    size = max(0, size)
    if not valid:
        chars = list(rand_parens(size + size % 2, True, par, ""))
        if not chars:
            return par[1]
        i = random.randrange(len(chars))
        chars[i] = par[0] if chars[i] == par[1] else par[1]  # one flip unbalances the counts
        return "".join(chars)
    n = size + size % 2
    groups, current, depth = [], [], 0
    for i in range(n):
        left = n - i
        if depth == 0 or (depth < left and random.random() < 0.5):
            current.append(par[0])
            depth += 1
        else:
            current.append(par[1])
            depth -= 1
            if depth == 0:
                groups.append("".join(current))
                current = []
    return groups if sep is None else sep.join(groups)


def miller_rabin(n: int, k: int = 5) -> bool:
    """Probabilistic primality test with *k* random bases."""
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(k):
        x = pow(random.randrange(2, n - 1), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_probably_prime(lb: int, ub: int | None = None) -> int:
    """A random (probable) prime in [lb, ub]; with one bound, in [lb // 2, lb] (Bertrand: one exists)."""
    if ub is None:
        lb = max(lb, 3)
        lb, ub = lb // 2, lb
    else:
        lb = max(lb, 0)
        ub = max(ub, 2 * lb, 3)
    while True:
        p = random.randint(lb, ub)
        if miller_rabin(p):
            return p


def rand_primality(size: int, lid: int, cid: int) -> int:
    """A number to test for primality: edge cases at level 0, else primes, prime squares and semiprimes."""
    size = max(size, 4)
    edge = (1, 2, 4, 561, 7919 * 7907)  # not prime, smallest prime, even square, Carmichael, large semiprime
    if lid == 0 and cid < len(edge):
        return edge[cid]
    kind = cid % 3
    if kind == 0:
        return rand_probably_prime(size)
    root = int(size ** 0.5) + 1
    if kind == 1:
        return rand_probably_prime(root) ** 2
    return rand_probably_prime(root) * rand_probably_prime(root)


HELPERS = {"rand_parens": rand_parens, "miller_rabin": miller_rabin, "rand_probably_prime": rand_probably_prime,
           "rand_primality": rand_primality}


def _scope() -> dict:
    return {"__builtins__": builtins, "__name__": "__enamel__", "random": random, "string": string, "time": time,
            **HELPERS}


def _run_source(source: str, what: str) -> dict:
    scope = _scope()
    try:
        exec(compile(source, f"<ENAMEL {what}>", "exec", dont_inherit=True), scope)
    except Exception as exc:
        raise TaskError(f"ENAMEL {what} failed to load: {type(exc).__name__}: {exc}") from None
    return scope


class EnamelSource:
    """An ENAMEL problem's input generator with the problem's place in ENAMEL (index, sizes, tests, seed)."""

    def __init__(self, prompt: str, generator: str, input_levels: list[int], tests: list[int], index: int,
                 seed: int):
        self.prompt, self.source = prompt, generator
        self.sizes, self.tests, self.index, self.seed = list(input_levels), list(tests), index, seed
        self._fn = None

    def _generate_input(self):
        if self._fn is None:
            fn = _run_source(self.prompt + "\n" + self.source, "input generator").get("generate_input")
            if not callable(fn):
                raise TaskError("ENAMEL input generator defines no generate_input(size, lid, cid)")
            self._fn = fn
        return self._fn

    def call(self, seed: int, lid: int, cid: int) -> list:
        """ENAMEL's input for (lid, cid) with the global ``random`` seeded with *seed*: the argument list."""
        fn = self._generate_input()
        saved = random.getstate()
        try:
            random.seed(seed)
            args = fn(size=self.sizes[lid], lid=lid, cid=cid)
        finally:
            random.setstate(saved)
        if not isinstance(args, (tuple, list)):
            raise TaskError(f"ENAMEL generate_input must return the argument tuple, got {type(args).__name__}")
        return list(args)

    def generate(self, level: int, rng: random.Random, index: int | None = None) -> list:
        """Test *index* of *level*, as ENAMEL's generator makes its test ``cid = index`` (ENAMEL's generators put
        their worst cases at chosen cids); the global ``random`` is seeded from *rng*, i.e. from effbench's seed."""
        if not 0 <= level < len(self.sizes):
            raise TaskError(f"ENAMEL task has levels 0-{len(self.sizes) - 1}, asked for {level}")
        cid = index if index is not None else rng.randrange(max(1, self.tests[level]))
        return self.call(rng.getrandbits(64), level, cid)

    def level0_cases(self) -> list[dict]:
        # ENAMEL seeds test k of level j with seed ^ index ^ (tests before level j + k); level 0 starts at 0
        return [{"args": self.call(self.seed ^ self.index ^ k, 0, k)} for k in range(self.tests[0])]


class EnamelChecker:
    """effbench's ``check(args, output, expected)`` over ENAMEL's ``__check(input, answer, output)``."""

    def __init__(self, prompt: str, checker: str):
        self.source = prompt + "\n    pass\n" + checker  # ENAMEL completes the prompt with `pass` before it
        self._fn = None

    def __call__(self, args, output, expected) -> bool:
        if self._fn is None:
            fn = _run_source(self.source, "checker").get("__check")
            if not callable(fn):
                raise TaskError("ENAMEL checker defines no __check(input, answer, output)")
            self._fn = fn
        try:
            return bool(self._fn(None if args is None else tuple(args), expected, output))
        except Exception:  # ENAMEL counts a checker that raises on an output as rejecting it
            return False


def sibling_source(module_file: str) -> EnamelSource:
    """The EnamelSource of the generator.py next to *module_file* (cases.py reuses it: one copy of the source)."""
    import importlib.util
    from pathlib import Path
    path = Path(module_file).resolve().parent / "generator.py"
    spec = importlib.util.spec_from_file_location("effbench_enamel_generator", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SOURCE
