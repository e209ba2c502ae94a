"""``effbench generate``: samples from an OpenAI-compatible model server (vLLM, llama.cpp, TGI, hosted APIs).

One module per job: :mod:`.client` talks to the server (through the ``openai`` package, which retries with back-off),
:mod:`.prompts` renders the prompt templates, :mod:`.extract` finds the code in a reply, :mod:`.store` keeps the
samples file (append as received, resume, deterministic order), and :mod:`.jobs` runs the requests concurrently.

Exit codes (the same scheme as ``effbench run``): 2 for what the user can fix, one line on stderr: an unknown task
or prompt, a bad template, an output file made with other settings, a server that cannot be reached, a rejected key
(401/403), a model the server does not know (404), a request the server refuses (400/422) and a reply that is not
an OpenAI response (malformed).  3 when a server that answered keeps failing on some samples after every retry
(5xx, 429, timeouts): what was received is kept, and a rerun fills in the rest.  130 on Ctrl-C, likewise.
"""
