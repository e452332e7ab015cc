.PHONY: test test-fast first-run lint bench screenshot

test:
	python -m pytest

test-fast:
	python -m pytest -m "not gui and not slow"

# The wheel in a new virtual environment, opened from the repository root (about a minute).
# Other interpreters too: make first-run FIRST_RUN_PYTHONS="python3.12 python3.13"
first-run:
	FIRST_RUN_PYTHONS="$(FIRST_RUN_PYTHONS)" python -m pytest tests/test_packaging.py -m slow

lint:
	ruff check . && ruff format --check . && mypy

bench:
	python -m bench

screenshot:
	python scripts/screenshot.py docs/screenshot.png
	python scripts/screenshot.py docs/review.png --review
