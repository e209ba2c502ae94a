"""Tasks and their inputs: the task model, inputs, checkers, samples, validation, tier files."""
