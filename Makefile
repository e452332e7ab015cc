.PHONY: test test-fast lint bench screenshot

test:
	python -m pytest

test-fast:
	python -m pytest -m "not gui and not slow"

lint:
	ruff check . && ruff format --check . && mypy

bench:
	python -m bench

screenshot:
	python scripts/screenshot.py docs/screenshot.png
	python scripts/screenshot.py docs/review.png --review
