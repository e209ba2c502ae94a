# shellcheck shell=bash
# Sourced by action.yml's steps: `commands_off CMD ARGS...` runs a command whose output holds hostile text.
#
# The runner takes each line a step writes, to stdout or stderr, for a workflow command when it starts with
# `::name` (leading spaces aside) or holds `##[name` anywhere, for a name it knows (error, warning, add-mask,
# stop-commands, group...).  What effbench prints holds the samples' text: the score table starts each row with a
# model name, and other commands name models and samples too.  A model named `::error::x` was an error annotation
# on the run, `::add-mask::regression` hid that word in the rest of the job's log, and `::stop-commands::x`
# silenced the step's own annotations after it.  GitHub's defence is `::stop-commands::TOKEN`: until a line
# `::TOKEN::` every line is only logged.  Hence:
#   * a fresh token per call, unguessable (text that knew it could resume processing and inject after all);
#   * the command's stderr joins its stdout, between the stop line and the resume line, because the runner reads
#     the two pipes apart and in no set order between them: a stderr line could be read after the resume;
#   * the resume line is written whatever the command does, and its exit status is returned, so the step's own
#     annotations after it (its error line, its warning) are read as commands again.
# The state is the step's own (each step's handler has its command manager), so each step stops and resumes here.
commands_off() {
  local token status=0
  read -r token < /proc/sys/kernel/random/uuid || return  # Linux only, as the action is (apt, bubblewrap)
  echo "::stop-commands::$token"
  "$@" 2>&1 || status=$?
  echo "::$token::"
  return "$status"
}
