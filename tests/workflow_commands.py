"""What the GitHub runner reads as workflow commands in a step's output, for the action's tests (action_harness.py).

The rules are the runner's (actions/runner: src/Runner.Common/ActionCommand.cs, TryParseV2 then TryParse, and
src/Runner.Worker/ActionCommandManager.cs): a line is a command when, leading whitespace trimmed, it starts with
``::name`` up to the next ``::`` (properties after a space), or when it holds ``##[name`` up to a ``]`` anywhere,
for a name the runner knows; ``stop-commands`` stops all of them until the line naming its token, and that state
belongs to the step.  The runner reads a step's stdout and stderr apart, with no order between the two, so the
harness reads all of stdout and then all of stderr: one order the runner may take, under which text on stderr is
read after a resume written to stdout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

KNOWN = frozenset({"add-mask", "add-matcher", "add-path", "debug", "echo", "endgroup", "error", "group", "notice",
                   "remove-matcher", "save-state", "set-env", "set-output", "stop-commands", "warning"})
LINES = re.compile(r"\r\n|\r|\n")  # how the runner's reader splits lines


@dataclass(frozen=True)
class Command:
    """One line the runner acts on: *name* is a known command, ``stop-commands`` (*data* its token), or a token
    that resumed processing."""
    step: str
    name: str
    data: str


def parse(line: str, known: set[str] | frozenset[str]) -> tuple[str, str] | None:
    """(name, data) of *line* as a command (names in lower case, as the runner matches them), or None."""
    trimmed = line.lstrip()
    if trimmed.startswith("::") and (end := trimmed.find("::", 2)) >= 0:
        name = trimmed[2:end].split(" ", 1)[0].lower()
        if name in known:
            return name, trimmed[end + 2:]
    start = line.find("##[")
    if start >= 0 and (end := line.find("]", start)) >= 0:
        name = line[start + 3:end].split(" ", 1)[0].lower()
        if name in known:
            return name, line[end + 1:]
    return None


def step_commands(step: str, stdout: str, stderr: str) -> list[Command]:
    """The commands the runner acts on in one step's output, honouring stop-commands."""
    commands, token = [], None
    for line in LINES.split(stdout + "\n" + stderr):
        parsed = parse(line, KNOWN if token is None else KNOWN | {token})
        if parsed is None or token not in (None, parsed[0]):
            continue  # text, or a command while processing is stopped
        commands.append(Command(step, *parsed))
        token = parsed[1].lower() if parsed[0] == "stop-commands" else None
    return commands
