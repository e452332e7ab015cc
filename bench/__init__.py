"""Benchmarks, run on demand: `python -m bench` runs them all and prints one table."""
