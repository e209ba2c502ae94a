"""In-sandbox side of effbench (stdlib only). Installed as ``effbench_runners`` so the host shares the wire format."""
