"""``effbench image ...``: build and inspect the docker runner's image (see effbench.sandbox.images)."""
from __future__ import annotations

import sys

import click

from effbench.errors import InfrastructureError


@click.group()
def image() -> None:
    """Build and show the docker runner's image."""


def _client():
    from effbench.sandbox.docker_sandbox import _client as client
    engine = client(timeout=10)
    try:
        engine.ping()
    except Exception as exc:  # noqa: BLE001
        raise InfrastructureError(f"docker runner: engine not reachable ({exc})") from None
    return engine


@image.command("build")
@click.option("--offline", is_flag=True,
              help="No registry: assemble the image from this machine's interpreter, libraries and valgrind.")
@click.option("--force", is_flag=True, help="Rebuild even if an image with this content hash exists.")
@click.option("--base", default=None, metavar="IMAGE",
              help="Dockerfile recipe: build FROM this image instead of python:3.11-slim (e.g. a mirror's copy).")
def image_build(offline: bool, force: bool, base: str | None) -> None:
    """Build the runner image, tagged by content hash (a no-op when it exists).

    Without --offline it builds runners/images/Dockerfile (FROM python:3.11-slim), which needs a registry."""
    from effbench.sandbox import images
    if offline and base:
        raise click.UsageError("--base is for the Dockerfile recipe; --offline builds from this machine")
    engine = _client()
    ref = images.build_offline(engine, force=force) if offline else images.build_dockerfile(engine, force, base)
    click.echo(f"{ref.tag} {ref.id} ({ref.recipe}, {'built' if ref.built else 'up to date'})")


@image.command("show")
def image_show() -> None:
    """The image the docker runner would use now, and the tags each recipe expects."""
    from effbench.sandbox import images
    engine = _client()
    for recipe in ("offline", "dockerfile"):
        tag = images.tag_for(recipe)
        found = images.find_image(engine, tag)
        click.echo(f"{recipe:10} {tag}  {found.id if found else '(not built)'}")
    try:
        ref = images.resolve_image(engine, build=False)
        click.echo(f"in use     {ref.tag}")
    except InfrastructureError as exc:
        click.echo(f"in use     none: {exc}", err=True)
        sys.exit(3)


COMMANDS = [image]
