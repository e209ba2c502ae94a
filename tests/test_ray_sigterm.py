"""How ``ray.init``'s ending is told apart (effbench/measuring/ray_sigterm.py).  Ray's own SIGTERM handlers raise
``SystemExit`` inside it, and a SIGTERM they were seen to get goes to the process's handler; anything else that ends
it (an embedding program's ``sys.exit``, a refused connection) goes on unchanged, and what it started is stopped.

Ray's real handler-installing function, Ray's real switch and a real SIGTERM to this process; only ``ray.init``
stands in (``StandIn``), installing a handler as Ray's does (``sys.exit(15)``), because the end-to-end case, a real
cluster's driver signalled inside ``ray.init``, takes seconds and is test_ray_auth's."""
from __future__ import annotations

import os
import signal
import sys

import pytest

from effbench.errors import Terminated
from effbench.measuring import ray_sigterm

pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'effbench[ray]')")
from ray._private import ray_constants, utils as ray_utils  # noqa: E402 - after the skip


class StandIn:
    """``ray.init`` as far as SIGTERM goes: installs a handler through Ray's function, then does *then*."""

    def __init__(self, then) -> None:
        self.then, self.shut_down, self.switch_inside = then, 0, None

    def init(self, **options) -> None:
        self.switch_inside = ray_constants.RAY_DISABLE_FAILURE_SIGNAL_HANDLER
        ray_utils.set_sigterm_handler(_rays_handler)
        self.then()

    def shutdown(self) -> None:
        self.shut_down += 1


def _rays_handler(signum, frame):
    sys.exit(15)  # what Ray's Python handler does


def _terminated(signum, frame):
    raise Terminated()


def _init(then) -> tuple[StandIn, BaseException | None]:
    ray = StandIn(then)
    before = signal.signal(signal.SIGTERM, _terminated)
    try:
        ray_sigterm.init(ray, {}, ray_sigterm.KeepSigterm())
    except BaseException as exc:  # noqa: BLE001 - what ended it is what the test looks at
        return ray, exc
    finally:
        signal.signal(signal.SIGTERM, before)
    return ray, None


def test_a_sigterm_inside_ray_init_goes_to_the_processs_handler_and_stops_what_it_started():
    ray, ended = _init(lambda: os.kill(os.getpid(), signal.SIGTERM))
    assert isinstance(ended, Terminated) and ray.shut_down == 1


@pytest.mark.parametrize("raised", [SystemExit(3), ConnectionError("refused"), KeyboardInterrupt()])
def test_anything_else_ending_ray_init_goes_on_unchanged_and_stops_what_it_started(raised):
    """An embedding program's ``sys.exit`` inside ray.init was taken for a SIGTERM (exit 143, 'terminated')."""
    def end():
        raise raised
    ray, ended = _init(end)
    assert ended is raised and ray.shut_down == 1


def test_ray_s_switch_and_function_are_put_back_and_the_switch_was_on_inside():
    switch, install = ray_constants.RAY_DISABLE_FAILURE_SIGNAL_HANDLER, ray_utils.set_sigterm_handler
    ray, ended = _init(lambda: None)
    assert ended is None and ray.shut_down == 0 and ray.switch_inside is True
    assert switch == ray_constants.RAY_DISABLE_FAILURE_SIGNAL_HANDLER and ray_utils.set_sigterm_handler is install
