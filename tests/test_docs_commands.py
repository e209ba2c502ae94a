"""The documentation's commands are the CLI's: every `effbench ...` line of README.md, CONTRIBUTING.md and
tasks/FORMAT.md (their shell blocks and inline code) names a command that exists and only options that command has,
a default its usage block shows (`[--repeats 6]`) is the option's default, a list of choices it shows
(`--measure cpu|wall|instructions`) is the option's, and every command of the CLI is shown somewhere.  A user
follows the README word for word; an option renamed in the code and not in the README would stop them at
'No such option' (or, for a default, measure other than they were told)."""
from __future__ import annotations

import re
from pathlib import Path

import click

from effbench.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("README.md", "CONTRIBUTING.md", "tasks/FORMAT.md")
FENCED = re.compile(r"^```([\w-]*)\n(.*?)^```", re.S | re.M)  # a block and its language (a shell's, or none)
# a command starts a line (after a path to the script, or `python3 -m`): not `import effbench`, not prose
COMMAND = re.compile(r"^(?:\S*/)?(?:python3 -m )?effbench(?=\s|$)(.*)$", re.S)
OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
BRACKETED = re.compile(r"\[(--[\w-]+) ([^\]\[ ]+)\]")  # `[--repeats 6]`: an option and one value, bracketed


def _lines(text: str):
    """The shell lines of *text*'s fenced blocks (an indented `[--opt ...` line continues the one before, as the
    usage blocks write it; a trailing backslash too), comments dropped; then its inline code spans."""
    for language, block in FENCED.findall(text):
        if language not in ("", "bash", "sh", "shell"):
            continue
        joined: list[str] = []
        for line in block.replace("\\\n", " ").splitlines():
            code = "" if line.lstrip().startswith("#") else line.split(" #", 1)[0]
            if joined and re.match(r"\s+(\[|--)", code):
                joined[-1] += " " + code.strip()
            else:
                joined.append(code)
        yield from joined
    prose = FENCED.sub("", text)
    yield from (span.replace("\n", " ") for span in re.findall(r"`([^`]+)`", prose))


def documented() -> list[tuple[str, str]]:
    """(doc, command line) for every effbench command the docs show, each `&&` or redirection a separate part."""
    found = []
    for doc in DOCS:
        for line in _lines((ROOT / doc).read_text()):
            for part in re.split(r"&&|>>?", line):
                if COMMAND.match(part.strip()):
                    found.append((doc, part.strip()))
    return found


def resolve(line: str) -> list[tuple[click.Command, str]]:
    """The commands *line* names (`import enamel|evalperf` names two) and the rest of the line after each."""
    words = COMMAND.match(line).group(1).split()
    if not words:
        return []  # the program's name in prose (`python3 -m effbench`), no command
    resolved = []

    def walk(command: click.Command, rest: list[str]) -> None:
        if isinstance(command, click.Group):
            assert rest and all(w in command.commands for w in rest[0].split("|")), \
                f"{line!r}: {command.name} has no command {rest[0] if rest else '(none given)'!r}"
            for name in rest[0].split("|"):
                walk(command.commands[name], rest[1:])
        else:
            resolved.append((command, " ".join(rest)))
    walk(main, words)
    return resolved


def _options(command: click.Command) -> dict[str, click.Option]:
    return {name: p for p in command.params if isinstance(p, click.Option) for name in p.opts + p.secondary_opts}


COMMANDS = documented()


def test_the_docs_show_commands():
    """The parser above finds what it should (a test of the test: an empty list would prove nothing)."""
    lines = [line for _, line in COMMANDS]
    assert len(lines) > 40 and ".venv/bin/effbench run --example" in lines
    assert any(line.startswith("effbench run SAMPLES [--model NAME]") and "--complexity" in line for line in lines)


def test_a_documented_command_exists_with_its_options():
    wrong = []
    for doc, line in COMMANDS:
        for command, rest in resolve(line):
            options = _options(command) | {"--help": None}
            unknown = [o for o in OPTION.findall(rest) if o not in options]
            if unknown:
                wrong.append(f"{doc}: {line!r}: effbench {command.name} has no option {', '.join(unknown)}")
    assert not wrong, "\n".join(wrong)


def test_a_usage_blocks_defaults_and_choices_are_the_clis():
    """`[--repeats 6]` says the default is 6; `[--measure cpu|wall|instructions]` lists every choice.  A value that
    is a placeholder (`[--jobs N]`, `[--k ...]`) or an example for an option without a default (`[--subset 0,12]`)
    says nothing of either."""
    wrong, seen = [], 0
    for doc, line in COMMANDS:
        for command, rest in resolve(line):
            ctx = click.Context(command)
            for name, value in BRACKETED.findall(rest):
                option = _options(command)[name]
                if re.match(r"[A-Z]|\.\.\.", value):
                    continue
                if isinstance(option.type, click.Choice):
                    seen += 1
                    if set(value.split("|")) != set(option.type.choices):
                        wrong.append(f"{doc}: {line!r}: {name} takes {'|'.join(option.type.choices)}")
                elif (default := option.to_info_dict()["default"]) is not None and not option.is_flag:
                    seen += 1
                    if option.type_cast_value(ctx, value) != option.type_cast_value(ctx, default):
                        wrong.append(f"{doc}: {line!r}: {name} defaults to {default}, not {value}")
    assert seen > 10 and not wrong, "\n".join(wrong)


def test_every_command_is_documented():
    """Each command of `effbench --help` (and of its groups) is shown in a README command."""
    shown = {command for doc, line in COMMANDS if doc == "README.md" for command, _ in resolve(line)}

    def leaves(command: click.Command):
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                yield from leaves(sub)
        else:
            yield command
    missing = [c.name for c in leaves(main) if c not in shown]
    assert not missing, f"README.md shows no `effbench ...` line for: {', '.join(missing)}"


def test_every_tasks_dir_option_says_its_default_is_the_built_in_suite():
    """`--tasks-dir` replaces the suite installed with the package, wherever effbench runs (README, Installing).
    `generate --help` said its default was 'the repository's tasks/', which an installed effbench has none of, and
    `tiers build --help` and `tiers show --help` said nothing."""
    def walk(command: click.Command, path: str):
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, f"{path} {name}")
        elif "--tasks-dir" in _options(command):
            yield path, _options(command)["--tasks-dir"].help or ""
    wrong = [f"{path} --tasks-dir: {text!r}" for path, text in walk(main, "effbench")
             if not re.search(r"built-in suite|installed suite", text) or "repository" in text]
    assert not wrong, "\n".join(wrong)


def test_the_files_the_docs_name_exist():
    """A path the docs give in code (`benchmarks/suite_tiers.py`, `tests/test_passes.py::test_...`) is in the
    repository, from its root, the doc's own folder or the package's (`scoring/declared.py`); not the files a run
    or a user makes (`runs/`, `DIR/`)."""
    missing, seen = [], 0
    for doc in DOCS:
        prose = FENCED.sub("", (ROOT / doc).read_text())
        for span in re.findall(r"`([^`\s]+)`", prose):
            path, _, name = span.split("[")[0].partition("::")
            if (not re.fullmatch(r"(\.?[\w-]+/)+[\w.-]+\.\w+", path)
                    or path.split("/")[0] in ("runs", "DIR", "RUN_DIR", "..")):
                continue
            seen += 1
            found = [p for p in (ROOT / path, (ROOT / doc).parent / path, ROOT / "effbench" / path) if p.is_file()]
            if not found or (name and f"def {name}(" not in found[0].read_text()):
                missing.append(f"{doc}: {span}")
    assert seen > 30 and not missing, "\n".join(missing)
