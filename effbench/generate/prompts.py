"""One job: the prompt templates, and a task rendered through one of them.

A template is a text file whose name (without ``.txt``) is the prompt id: the built-in ones are in
``effbench/generate/prompts/`` (``plain``, ``efficient`` asking for an efficient solution as ENAMEL and EvalPerf do,
and ``head``, the bare function head for base models on the completions API, as EvalPlus prompts them).  A user
adds templates with ``--prompt-dir DIR`` (a file there replaces a built-in of the same id).  Templates use
``string.Template`` placeholders, checked when loaded so that a typo is an error naming the file, not a prompt with
``$statment`` in it sent forty times.  Every row records the prompt id and a hash of the template's text, so two
files made with different wordings under one id are told apart.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from string import Template

from effbench.errors import EffbenchError
from effbench.tasks.task import Task

BUILTIN_DIR = Path(__file__).resolve().parent / "prompts"
PLACEHOLDERS = {
    "task_id": "the task id",
    "title": "the task's title",
    "entry_point": "the function to write",
    "signature": "its signature (def ...)",
    "statement": "the problem statement (markdown)",
    "prompt": "the signature with the statement as docstring: what a completion continues",
}


@dataclass(frozen=True)
class PromptTemplate:
    id: str
    text: str
    path: Path

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()[:12]

    def render(self, task: Task) -> str:
        return Template(self.text).substitute(
            task_id=task.id, title=task.title, entry_point=task.entry_point, signature=task.signature,
            statement=task.problem.strip(), prompt=task.prompt)

    def continues(self, task: Task) -> bool:
        """Does the rendered prompt end with the task's function head (so a completion may be its body)?"""
        return self.render(task).rstrip().endswith(task.prompt.rstrip())


def available(user_dir: Path | None = None) -> dict[str, Path]:
    """Prompt id -> template file: the built-ins, then the user's directory (which wins on a shared id)."""
    found = {p.stem: p for p in sorted(BUILTIN_DIR.glob("*.txt"))}
    if user_dir is not None:
        if not Path(user_dir).is_dir():
            raise EffbenchError(f"{user_dir}: --prompt-dir is not a directory")
        found.update({p.stem: p for p in sorted(Path(user_dir).glob("*.txt"))})
    return found


def load_template(prompt_id: str, user_dir: Path | None = None) -> PromptTemplate:
    files = available(user_dir)
    path = files.get(prompt_id)
    if path is None:
        raise EffbenchError(f"unknown prompt {prompt_id!r}; available: {', '.join(sorted(files))} "
                            "(add NAME.txt to a --prompt-dir)")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EffbenchError(f"{path}: cannot read the template ({exc})") from None
    template = Template(text)
    if not template.is_valid():
        raise EffbenchError(f"{path}: invalid placeholder (write $$ for a dollar sign)")
    unknown = sorted(set(template.get_identifiers()) - set(PLACEHOLDERS))
    if unknown:
        raise EffbenchError(f"{path}: unknown placeholder(s) {', '.join('$' + u for u in unknown)}; "
                            f"known: {', '.join('$' + p for p in PLACEHOLDERS)}")
    return PromptTemplate(prompt_id, text, path)
