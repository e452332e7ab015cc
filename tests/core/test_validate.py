"""The checks for values from outside: ids that cannot act as paths, text, times, JSON."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.model import text_sha256
from annotator.core.validate import (
    MAX_ID,
    check_document_id,
    check_id,
    check_line,
    check_text,
    check_time,
    parse_json,
)


@pytest.mark.parametrize(
    "value",
    ["../x", "/etc/passwd", "a/b", "a\\b", "..", "x..y", "a\nb", "a\x00b", "\u2028", " x", "x ",
     "", "a" * (MAX_ID + 1), "\ud800", 5, None, b"bytes"],
)  # fmt: skip
def test_an_id_that_could_act_as_a_path_is_refused(value: object) -> None:
    with pytest.raises(InputError):
        check_id(value)


@pytest.mark.parametrize("value", ["3f2a9c0d-1b7e-4c59-9d2a-6a1f4f0f5e11", "T1", "42", "a.b_c:d"])
def test_ordinary_ids_pass(value: str) -> None:
    assert check_id(value) == value


@given(st.text(min_size=1, max_size=MAX_ID))
def test_an_accepted_id_never_names_another_folder(value: str) -> None:
    try:
        check_id(value)
    except InputError:
        return
    assert "/" not in value
    assert "\\" not in value
    assert ".." not in value
    assert not any(c < " " or "\x7f" <= c <= "\x9f" or c in "\u2028\u2029" for c in value)


def test_a_document_id_must_derive_from_the_hash_of_its_text() -> None:
    sha = text_sha256("Some text.")
    assert check_document_id(sha[:16], sha) == sha[:16]
    for wrong in (sha[:15], sha[1:17], sha[:16].upper(), "../" + sha[:13]):
        with pytest.raises(InputError):
            check_document_id(wrong, sha)


@pytest.mark.parametrize(
    "text", ["a\r\nb", "a\rb", "a\x00b", "a\u2028b", "a\u2029b", "a\x85b", "\udc80"]
)
def test_text_import_would_normalise_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="not normalised"):
        check_text(text, "text", max_length=100)


def test_text_limits_and_emptiness() -> None:
    assert check_text("line one\n\ttab", "text", max_length=100) == "line one\n\ttab"
    with pytest.raises(InputError, match="longer"):
        check_text("x" * 11, "text", max_length=10)
    with pytest.raises(InputError, match="empty"):
        check_text("  \n", "text", max_length=10, allow_empty=False)


def test_a_line_holds_no_line_break_or_control_character() -> None:
    assert check_line("Ana Lópes", "name") == "Ana Lópes"
    assert check_line("", "name", allow_empty=True) == ""
    for bad in ("a\nb", "a\x1b[31m", "a\x9bb", "", 3):
        with pytest.raises(InputError):
            check_line(bad, "name")


def test_times_are_iso_8601() -> None:
    assert check_time("2025-03-01T09:00:00.000+00:00", "created")
    for bad in ("yesterday", "", 17, "2025-13-01", "x" * 50):
        with pytest.raises(InputError):
            check_time(bad, "created")


def test_stored_json_must_parse_to_the_expected_kind() -> None:
    assert parse_json('{"a": [1, 2]}', "meta", dict) == {"a": [1, 2]}
    assert parse_json("[]", "attributes", list) == []
    for bad, kind in (("{", dict), ("[]", dict), ("{}", list), (None, dict), ("1e999999", dict)):
        with pytest.raises(InputError):
            parse_json(bad, "meta", kind)
    with pytest.raises(InputError, match="nested"):
        parse_json("[" * 40 + "]" * 40, "attributes", list)
    with pytest.raises(InputError, match=r"nested|valid JSON"):
        parse_json("[" * 100_000 + "]" * 100_000, "attributes", list)
    with pytest.raises(InputError, match="NUL"):
        parse_json('{"a": "x\\u0000"}', "meta", dict)
    with pytest.raises(InputError):
        parse_json('{"a": ' + "1" * 5000 + "}", "meta", dict)
