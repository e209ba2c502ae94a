"""Read a reference's declared ``complexity`` (``"O(n log n), tuple sort"``) as one of the fitted classes.

Why a reading rule and not a lookup: declarations are free text written for people, in several variables (``O(n * m)``,
``O(V + E)``), with notes after the bound.  A size sweep varies one parameter (the generator's ``size``), so each
variable is read as what it is in the task's generator, as a function of that size:

* a task may say so in its manifest's ``[complexity_variables]`` table, a growth in ``size`` per variable (``k =
  "1"``: word lengths are drawn from 1 to 8 at every size; ``R = "sqrt(size)"``: the grid is about square with
  R * C = size; ``n = "1"``: the task's n is a value whose width the generator bounds).  The table is a fact about the
  generator, checked by reading it, never a class chosen to match what the fit says;
* any other variable is read as the size itself (most generators grow every dimension with it), except the names
  of constants (``w``, the machine word; ``alpha``, the inverse Ackermann function, below 5 for any real input).

A declaration then reduces to ``n^p (log n)^l`` or ``2^n`` in the size and is mapped to the nearest class of
:data:`~effbench.scoring.complexity.CLASSES` (a log factor beside a power of n is kept only next to n itself:
``n^2 log n`` reads as ``n^2``); one whose power falls between classes (``O(sqrt n)``, ``O(n^1.5)``, or ``O(n * d)``
with a depth d of sqrt(size)) has none and is left out of accuracy figures (with its reason), never forced into a
neighbour.

:func:`single_variable` says whether the declaration is in ``n`` alone and n is the size: there the reading rule
cannot be wrong about how the variables grow, so accuracy is also reported on those declarations alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CONSTANTS = {"w", "alpha", "α"}
# Functions whose value is the size of their argument (``O(len(code) + len(output))``): they grow as the argument
# does, where any other function of something (``popcount(x)``) is read as at most a log of it.
SIZE_OF = {"len"}
_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>\|?[A-Za-z_α]+\|?)|(?P<op>[-+*/^(),]))")


@dataclass(frozen=True)
class Growth:
    poly: float = 0.0      # power of n
    logs: float = 0.0      # power of log n
    exp: bool = False      # 2^n (or worse)

    def times(self, other: Growth) -> Growth:
        return Growth(self.poly + other.poly, self.logs + other.logs, self.exp or other.exp)

    def power(self, k: float) -> Growth:
        return Growth(self.poly * k, self.logs * k, self.exp)

    def key(self) -> tuple:
        return (self.exp, self.poly, self.logs)


class DeclarationError(ValueError):
    """A declaration this reading rule cannot parse (said with the text)."""


def _shown(text) -> str:
    """*text* quoted for a message, cut to 80 characters: a declaration is someone else's text of any length."""
    text = str(text)
    return repr(text) if len(text) <= 80 else repr(text[:77]) + "..."


def bound_text(declared: str) -> str:
    """The expression inside the first ``O(...)`` (balanced), without the notes around it."""
    start = declared.find("O(")
    if start < 0:
        raise DeclarationError(f"no O(...) in {_shown(declared)}")
    depth, i = 0, start + 1
    for i in range(start + 1, len(declared)):
        depth += {"(": 1, ")": -1}.get(declared[i], 0)
        if depth == 0:
            break
    if depth != 0:
        raise DeclarationError(f"unbalanced parentheses in {_shown(declared)}")
    return declared[start + 2:i]


class _Parser:
    """sum := product ('+' product)*;  product := factor (('*' | '/' | juxtaposition) factor)*;
    factor := atom ('^' number)?;
    atom := number | name | 'log' factor | 'sqrt' factor | name '(' sum ')' | '(' sum ')'.

    *env* gives the growth of named variables; a name not in it is read as the size (``strict``: is an error)."""

    def __init__(self, text: str, env: dict[str, Growth] | None = None, strict: bool = False):
        self.env, self.strict = env or {}, strict
        self.tokens, pos = [], 0
        text = text.strip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise DeclarationError(f"cannot read {text[pos:]!r}")
            self.tokens.append(m.group("num") or m.group("name") or m.group("op"))
            pos = m.end()
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self) -> Growth:
        """The text's growth.  The text is a task author's (task.toml) or a complexity document's, which anyone may
        edit: parentheses or log's nested thousands deep exhaust the recursion (a RecursionError from tasks list,
        tasks show and every rescored report), said here as a declaration that cannot be read."""
        try:
            g = self.sum()
        except RecursionError:
            raise DeclarationError("nested too deeply") from None
        if self.peek() is not None:
            raise DeclarationError(f"unexpected {self.peek()!r}")
        return g

    def sum(self) -> Growth:
        terms = [self.product()]
        while self.peek() in ("+", "-"):
            self.take()
            terms.append(self.product())
        return max(terms, key=Growth.key)

    def product(self) -> Growth:
        g = self.factor()
        while self.peek() not in (None, "+", "-", ")", ","):
            if self.peek() == "/":
                self.take()
                d = self.factor()
                g = Growth(g.poly - d.poly, g.logs - d.logs, g.exp)
                continue
            if self.peek() == "*":
                self.take()
            g = g.times(self.factor())
        return g

    def factor(self) -> Growth:
        g = self.atom()
        if self.peek() == "^":
            self.take()
            tok = self.take()
            if tok is None or not re.fullmatch(r"\d+(\.\d+)?", tok):
                # base^variable: exponential when the base is a number above 1
                if g == Growth() and tok is not None:
                    return Growth(exp=True)
                raise DeclarationError(f"unsupported exponent {tok!r}")
            g = g.power(float(tok))
        return g

    def atom(self) -> Growth:
        tok = self.take()
        if tok is None:
            raise DeclarationError("expression ends early")
        if tok == "(":
            g = self.sum()
            if self.take() != ")":
                raise DeclarationError("missing ')'")
            return g
        if re.fullmatch(r"\d+(\.\d+)?", tok):
            return Growth()
        if not re.fullmatch(r"\|?[A-Za-z_α]+\|?", tok):
            raise DeclarationError(f"unexpected {tok!r}")
        name = tok.strip("|")
        if name == "log":
            if self.peek() == "^":  # log^k n
                self.take()
                k = float(self.take())
                inner = self.factor()
                return Growth(logs=k) if inner.poly > 0 or inner.exp else Growth()
            inner = self.factor()
            return Growth(logs=1.0) if inner.poly > 0 or inner.exp else Growth()  # log log n: below any class step
        if name == "sqrt":
            return self.factor().power(0.5)
        if self.peek() == "(":  # a function of something: alpha(n) is constant, len(x) is x, popcount(x) at most log x
            self.take()
            inner = self.sum()
            if self.take() != ")":
                raise DeclarationError("missing ')'")
            if name in CONSTANTS:
                return Growth()
            if name in SIZE_OF:
                return inner
            return Growth(logs=1.0) if inner != Growth() else Growth()
        return self.variable(name)

    def variable(self, name: str) -> Growth:
        if name in self.env:
            return self.env[name]
        if name in CONSTANTS:
            return Growth()
        if self.strict:
            raise DeclarationError(f"unknown name {name!r}")
        return Growth(poly=1.0)


SIZE = "size"  # the one name a [complexity_variables] growth may use: the generator's size


def variable_growths(variables: dict[str, str] | None) -> dict[str, Growth]:
    """A task's ``[complexity_variables]`` (name -> growth in ``size``, e.g. ``"sqrt(size)"``, ``"1"``,
    ``"log size"``) read as growths; raises :class:`DeclarationError` naming the variable whose growth is not an
    expression in ``size`` alone."""
    out = {}
    for name, text in (variables or {}).items():
        if not re.fullmatch(r"[A-Za-z_α]+", name) or name in ("log", "sqrt", SIZE):
            raise DeclarationError(f"complexity variable {name!r}: not a variable name")
        try:
            out[name] = _Parser(str(text), {SIZE: Growth(poly=1.0)}, strict=True).parse()
        except DeclarationError as exc:
            raise DeclarationError(f"complexity variable {name} = {_shown(text)}: {exc}") from None
    return out


def growth(declared: str, variables: dict[str, str] | None = None) -> Growth:
    """The declaration's growth in the sweep's size, each variable read as *variables* says (a task's
    ``[complexity_variables]``), else as the size; "per query" or "per union" after the bound multiplies by the
    size, queries being as many as the size."""
    bound = bound_text(declared)
    g = _Parser(bound, variable_growths(variables)).parse()
    after = declared[declared.find("O(") + len(bound) + 3:]
    if re.match(r"\s*per (query|union)\b", after):
        g = g.times(Growth(poly=1.0))
    return g


def declared_class(declared: str, variables: dict[str, str] | None = None) -> tuple[str | None, str]:
    """(class, why): the class the declaration reads as (each variable as *variables* says), or None and the reason
    it has none."""
    try:
        g = growth(declared, variables)
    except DeclarationError as exc:
        return None, f"unreadable: {exc}"
    if g.exp:
        return "2^n", ""
    if g.poly == 0:
        return ("1" if g.logs <= 0 else "log n"), ""
    if g.poly == 1:
        return ("n" if g.logs <= 0 else "n log n"), ""
    if g.poly in (2.0, 3.0):
        return ("n^2" if g.poly == 2 else "n^3"), ""
    return None, f"n^{g.poly:g} lies between the classes"


def single_variable(declared: str, variables: dict[str, str] | None = None) -> bool:
    """True when the bound is written in n alone (constants aside) and n is the size (not given another growth
    in *variables*)."""
    try:
        names = {t.strip("|") for t in re.findall(r"\|?[A-Za-z_α]+\|?", bound_text(declared))}
    except DeclarationError:
        return False
    if str((variables or {}).get("n", SIZE)).replace(" ", "") != SIZE:
        return False
    return names <= {"n", "log", "sqrt"} | CONSTANTS
