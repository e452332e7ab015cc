.PHONY: test test-fast lint bench screenshot

test:
	python -m pytest

test-fast:
	python -m pytest -m "not gui and not slow"

lint:
	ruff check . && ruff format --check . && mypy

bench:
	python bench/bench_import.py
	python bench/bench_export.py
	python bench/bench_gui.py

screenshot:
	python scripts/screenshot.py docs/screenshot.png
