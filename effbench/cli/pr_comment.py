"""``effbench pr-comment BODY_FILE``: post or update effbench's comment on a pull request (see
:mod:`effbench.reports.pr_comment`)."""
from __future__ import annotations

import os
from pathlib import Path

import click


@click.command("pr-comment")
@click.argument("body", metavar="BODY_FILE", type=click.Path(path_type=Path))
@click.option("--pr", type=click.IntRange(1), default=None,
              help="Pull request number (default: the pull request of the workflow's event, GITHUB_EVENT_PATH).")
@click.option("--repository", default=None, help="owner/name (default: GITHUB_REPOSITORY).")
@click.option("--marker", default="compare", show_default=True,
              help="Names the comment: a second job with another marker keeps a comment of its own.")
@click.option("--author", default=None,
              help="Login that wrote effbench's comment, e.g. my-app[bot] for a GitHub App's token (default: the "
                   "token's own login; github-actions[bot] for the Actions GITHUB_TOKEN).")
def pr_comment_cmd(body, pr, repository, marker, author):
    """Post or update effbench's one comment on a pull request, from BODY_FILE.

    BODY_FILE is Markdown (e.g. from `effbench compare --format md`). The comment posted before is found by a hidden
    marker and updated, so a pull request has one such comment. Only a comment written by effbench's own identity
    (--author, default the token's) is updated: one by anyone else that holds the marker is left alone.

    The token comes from GITHUB_TOKEN and the API address from GITHUB_API_URL (default https://api.github.com).
    """
    from effbench.reports.pr_comment import CommentError, author_of, marker_of, post, run_link, target_from_env
    marker = marker_of(marker)
    author = None if author is None else author_of(author)
    if not body.is_file():
        raise CommentError(f"{body}: no such file (the comment body)")
    try:
        text = body.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise CommentError(f"{body}: cannot read ({exc})") from None
    env = dict(os.environ)
    target = target_from_env(env, pr, repository)
    what, url = post(target, text, marker, run_link(env), author)
    click.echo(f"effbench: {what} the comment on {target.repository}#{target.number}" + (f": {url}" if url else ""))


COMMANDS = [pr_comment_cmd]
