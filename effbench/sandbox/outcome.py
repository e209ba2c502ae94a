"""Turn the worker's reply and the child's (untrusted) result frame into an :class:`Execution`.

The result frame is whatever the sample's process wrote, so it is parsed defensively: size-capped by the worker,
JSON only, values rebuilt by :func:`wire.decode_value`, and any surprise classified as the sample's failure.
"""
from __future__ import annotations

import json
import signal as _signal

from effbench_runners import wire

from effbench.sandbox import base, decode_budget



def _signame(num: int) -> str:
    try:
        return _signal.Signals(num).name
    except ValueError:
        return f"signal {num}"


def interpret(reply: dict, payload: bytes | None, limits: base.Limits, inputs: int | None = None) -> base.Execution:
    """*inputs*: how many inputs the run was given, so how many outputs an ``ok`` result must hold."""
    status = reply.get("status")
    cpu = reply["cpu_ns"] / 1e9 if reply.get("cpu_ns") is not None else None
    wall = reply["wall_ns"] / 1e9 if reply.get("wall_ns") is not None else None
    # Every field here was measured by the worker from outside the child (base_kb included, not the sample's frame).
    common = dict(cpu_time=cpu, wall_time=wall, peak_kb=reply.get("peak_kb"), base_kb=reply.get("base_kb"),
                  instructions=reply.get("instructions"), signal=reply.get("signal"), exit_code=reply.get("exit_code"))
    if status == "setup_error":
        return base.Execution(base.INFRA, detail="sandbox set-up failed: " + str(reply.get("detail", ""))[-500:],
                              **common)
    if status == "timeout":
        if reply.get("limit") == "cpu":  # a counting child's CPU limit, kept by the worker (runners/executor.py)
            return base.Execution(base.TIMEOUT, detail=f"killed at the {limits.cpu_limit}s CPU limit", **common)
        return base.Execution(base.TIMEOUT, detail=f"killed at the {limits.wall_limit:.3g}s limit", **common)
    if status == "output_limit":
        return base.Execution(base.OUTPUT_LIMIT, detail=f"result over {limits.max_output} bytes", **common)
    if status == "memory":  # files it held besides its heap put it over its budget
        return base.Execution(base.MEMORY, detail=str(reply.get("reason", ""))[:500], **common)
    if status == "died":
        reason = reply.get("reason") or reply.get("count_error")
        if reason:  # the worker says what the sample did (closed its pipe, stayed alive, left an unremovable mess)
            return base.Execution(base.EXIT, detail=str(reason)[:500], **common)
        return _died(common, limits)
    if status != "done":
        return base.Execution(base.INFRA, detail=f"unexpected worker reply {reply!r}"[:500], **common)
    return _result(payload or b"", common, inputs)


def _died(common: dict, limits: base.Limits) -> base.Execution:
    sig, code = common["signal"], common["exit_code"]
    over_cpu = (common["cpu_time"] or 0.0) >= limits.cpu_limit - 0.5
    if sig == _signal.SIGXCPU or (sig == _signal.SIGKILL and over_cpu):
        return base.Execution(base.TIMEOUT, detail=f"killed by {_signame(sig)} (CPU limit)", **common)
    if sig == _signal.SIGXFSZ:
        return base.Execution(base.OUTPUT_LIMIT, detail="wrote more than the file-size limit", **common)
    if sig is not None:
        return base.Execution(base.CRASH, detail=f"killed by {_signame(sig)}", **common)
    if code == wire.NO_RESULT_PIPE:
        # The harness's exit code runs in the sample's own process, so the sample can exit with it too: the code is
        # said for what it is, not as a fact about the pipe (nothing outside the process tells the two apart).
        return base.Execution(base.EXIT, detail=f"exited with code {code} before returning a result (the code the "
                                                "harness exits with when the sample closed or replaced its result "
                                                "pipe; a sample can also exit with it itself)", **common)
    return base.Execution(base.EXIT, detail=f"exited with code {code} before returning a result", **common)


def _text(frame: dict, key: str, limit: int, default: str = "", tail: bool = False) -> str:
    """A text field of the frame: the sample may have put anything there (a huge or deeply nested value)."""
    value = frame.get(key, default)
    if not isinstance(value, str):
        return default
    return value[-limit:] if tail else value[:limit]


def _result(payload: bytes, common: dict, inputs: int | None) -> base.Execution:
    # The worker writes ASCII JSON (json.dumps escapes the rest).  The frame is parsed as the UTF-8 text the budget
    # counts it as: json.loads(bytes) would read a frame with NUL bytes as UTF-16 or UTF-32, where a character's own
    # '"' byte hides the structure after it from the budget's recount of texts.
    if b"\0" in payload:
        return base.Execution(base.BAD_OUTPUT, detail="result is not UTF-8 JSON: it holds a NUL byte", **common)
    cost = decode_budget.over_budget(payload)
    if cost is not None:  # never parsed: its objects would take the host (every slot's process) that much
        return base.Execution(base.BAD_OUTPUT, detail=f"result too large to decode: its {len(payload) / 2**20:.1f} "
                                                      f"MiB would take about {cost / 2**20:.0f} MiB of the host's "
                                                      "memory as objects, over the "
                                                      f"{decode_budget.MAX_DECODE_BYTES >> 20} MiB it decodes",
                              **common)
    try:
        text = payload.decode()
    except UnicodeDecodeError as exc:
        return base.Execution(base.BAD_OUTPUT, detail=f"result is not UTF-8 JSON: {exc.reason} at byte {exc.start}",
                              **common)
    try:
        frame = json.loads(text)
        if not isinstance(frame, dict):
            raise ValueError("not an object")
    except (ValueError, RecursionError) as exc:
        return base.Execution(base.BAD_OUTPUT, detail=f"unreadable result: {str(exc)[:200]}", **common)
    if frame.get("kind") == "ok":
        outputs = frame.get("outputs")
        if type(outputs) is not list:
            return base.Execution(base.BAD_OUTPUT, detail="result without a list of outputs", **common)
        if inputs is not None and len(outputs) != inputs:
            return base.Execution(base.BAD_OUTPUT, detail=f"result holds {len(outputs)} output(s) for {inputs} "
                                                          "input(s)", **common)
        try:
            outputs = wire.decode_value(outputs)  # one decoding, so one budget for the whole result
        except wire.WireError as exc:
            return base.Execution(base.BAD_OUTPUT, detail=f"undecodable result: {str(exc)[:200]}", **common)
        return base.Execution(base.OK, outputs=outputs, **common)
    if frame.get("kind") != "error":
        # The harness writes no other kind: the sample wrote this frame itself, on its result pipe (before, a forged
        # {} read as the error "?:")
        kind = _text(frame, "kind", 20, "missing")
        return base.Execution(base.BAD_OUTPUT, detail=f"a result frame the harness never writes (kind {kind}): the "
                                                      "sample wrote its own on its result pipe", **common)
    error_type = _text(frame, "error_type", 100, "?")
    message = _text(frame, "message", 300)
    message = f"{error_type}: {message}" if error_type else message  # no type: the child could not send its result
    tb = _text(frame, "traceback", 1500, tail=True)
    phase = _text(frame, "phase", 20) or None
    if phase == "compile" and error_type in ("SyntaxError", "IndentationError", "TabError"):
        status = base.COMPILE_ERROR
    elif error_type == "MemoryError":
        # Taken at its word: a real limit hit by one request past the budget (``bytearray(1 << 40)``, an n*n table
        # at once) leaves no trace outside the child (its peak stays low), and a sample can read its own rlimit, so
        # no reading or re-run tells it from a raised one.  Nor does raising it gain a sample anything that such a
        # request would not give it for real, or spinning until its timeout: both end the level without failing it,
        # as in ENAMEL's harness (tests/test_enamel_rules.py), so no witness of the budget could change a verdict.
        status = base.MEMORY
    elif phase in ("encode", "send"):
        status = base.BAD_OUTPUT
    else:
        status = base.ERROR
    where = f" in {phase}" if phase and error_type else ""
    return base.Execution(status, error_type=error_type or None, detail=(message + where + "\n" + tb).strip(),
                          **common)
