"""Docker backend (see issue: Docker runner). Until it lands, asking for it is a clear error."""
from __future__ import annotations

from ..errors import InfrastructureError


def docker_available() -> bool:
    return False


class DockerRunner:  # pragma: no cover - replaced by the real backend
    name = "docker"

    def __init__(self, slot: int = 0):
        raise InfrastructureError("the docker runner is not available in this version; use --runner process")
