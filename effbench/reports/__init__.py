"""Reports: reading runs and leaderboards, Markdown, HTML, benchmark JSON, compare."""
