"""Measuring: the plan per task, the run orchestration, the run store and its records."""
