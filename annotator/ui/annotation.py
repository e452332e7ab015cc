"""Annotating the open document: the current object, tagging, edges, attributes, speakers.

`AnnotationController` is built with its collaborators (session, undo stack,
schema, the article view, the tag panel, the status bar) and keeps the views
in step with the session's change notices: a new, removed or changed span
repaints only its blocks and its table row. It owns the *current object*
(`selection.current`: a span id, a suggestion id or a review cluster id),
shared with the suggestions and review controllers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QPalette,
    QShowEvent,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QLabel, QStatusBar, QWidget

from annotator.core.collector import collect_owed
from annotator.core.errors import AnnotatorError
from annotator.core.model import Span
from annotator.core.schema import LabelSchema
from annotator.core.snapping import snap_selection, step_edge
from annotator.core.spans import (
    actor_types,
    new_span,
    span_starting_attributes,
    starting_attributes,
)
from annotator.services.edits import Edit
from annotator.services.operations import (
    DeleteSpan,
    MoveEdge,
    Relabel,
    RemoveSpeaker,
    SetAttributes,
    SetSpeaker,
    TagSpan,
)
from annotator.ui import messages
from annotator.ui.article_view import ArticleView, plain_tooltip
from annotator.ui.commands import EditCommand, push
from annotator.ui.keys import KeyNames
from annotator.ui.session import Session, is_suggestion_id
from annotator.ui.slot import Slot
from annotator.ui.tag_panel import TagPanel, compact_attributes, fill_with, format_attributes

if TYPE_CHECKING:  # the choosers are built, and imported, when first used (start-up)
    from annotator.ui.attribute_chooser import AttributeChooser
    from annotator.ui.speaker_chooser import SpeakerChooser


class Selection:
    """The one current object: a span id, a suggestion id, a review cluster id, or None."""

    def __init__(self) -> None:
        self.current: str | None = None


def short_text(text: str, limit: int = 48) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rule_description(rule_name: str) -> str:
    """The user-facing words for a suggestion rule (its description's first clause)."""
    from annotator.core.suggest import registry  # the rules compile patterns: load late

    rule = registry().get(rule_name)
    if rule is None or not rule.description:
        return "a suggestion rule"
    first = rule.description.split(":")[0].split(" (")[0].strip().rstrip(".")
    return first[:1].lower() + first[1:]


@functools.cache
def _known_actor_type() -> Callable[..., tuple[str, str] | None]:
    """actor_types.known_actor_type, imported at the first ACTOR tagged (not for the first
    frame), then kept: an import statement at every tag goes through PySide's import hook
    (about 25,000 instructions)."""
    from annotator.services.actor_types import known_actor_type

    return known_actor_type


# After the first article's paint: start-up (its integrity check, the first frame served)
# is over by then, and the analyst is reading.
PRELOAD_DELAY_MS = 1500


class BarLabel(QLabel):
    """A label in the status bar that fills its own background with the bar's colour.

    Opaque, so a new text (the current object at every key press, "Saved 10:42:07" after
    each save) repaints the label alone: Qt painted the status bar's and the window's
    style sheet backgrounds under it first (a delete's message repainted the whole bar,
    about 0.9 M instructions, 0.33 M with its labels opaque; issue 16). The colour is
    the bar's once shown (its style sheet's, in its palette once polished).
    """

    def showEvent(self, event: QShowEvent) -> None:
        bar = self.parentWidget()
        if isinstance(bar, BarSlot):  # the bar is the slot's parent
            bar = bar.parentWidget()
        if bar is not None:
            fill_with(self, bar.palette().color(QPalette.ColorRole.Window))
        super().showEvent(event)


class StatusLine(BarLabel):
    """The status bar's line naming the current object: one line, cut at the bar's edge.

    Its size does not follow its text. A QLabel measures its whole text for its size hints,
    and every key press sets a new text, which had the status bar measure it and lay
    itself out again (about 0.5 M instructions of a relabel, issue 16); this one asks for one
    line's height and no width, and takes the room its stretch gives it, as before.
    """

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = self.fontMetrics().height() + margins.top() + margins.bottom()
        return QSize(margins.left() + margins.right(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class BarSlot(Slot):
    """A status bar's place for one of its labels (`Slot`): the label fills it, and it
    takes the label's size hints in the bar's layout.

    A new text has a QLabel ask its parent's layout to be worked out again, even when
    its size hints stay the same; in the bar, that layout request had the bar repaint all
    of itself (its background between and around its labels, and the window's under
    that): at every key press that names a new current object, and at every save in a
    new second ("Saved 10:42:07"; issue 16). In the slot the request reaches the bar only
    when the label's size hints did change.
    """

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label


class AnnotationController(QObject):
    documentEdited = Signal(str)  # document id whose spans changed (list row, progress)

    def __init__(
        self,
        session: Session,
        undo_stack: QUndoStack,
        schema: LabelSchema,
        article: ArticleView,
        tags: TagPanel,
        status_bar: QStatusBar,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.undo_stack = undo_stack
        self.schema = schema
        self.article = article
        self.tags = tags
        self.status_bar = status_bar
        self.dialog_parent = dialog_parent
        self.selection = Selection()
        self.snap_words = True
        self.picking_speaker = False
        self.speaker_chooser: SpeakerChooser | None = None
        self.attribute_chooser: AttributeChooser | None = None
        # What the current object is and what the keys do to it: always in the status
        # bar (a timed message covers it for a moment, then it shows again).
        # Names a current object that is neither a span nor a suggestion (review sets it).
        self.describe_other: Callable[[str], str] | None = None
        # The keys in effect, as every hint names them (the window sets the keymap's).
        self.keys = KeyNames()
        self.current_label = StatusLine()
        self.current_label.setObjectName("currentObject")
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)  # covered text is not markup
        status_bar.addWidget(BarSlot(self.current_label), 1)
        article.emptyClicked.connect(lambda: self.select_span(None))
        tags.spanActivated.connect(lambda sid: self.select_span(sid, scroll=True))
        tags.editor.attributesEdited.connect(self._attributes_edited)
        tags.editor.choiceMade.connect(self.focus_article)
        # The gazetteer lookup of the first ACTOR key loads the rules: in the background,
        # a while after the first article is painted (not during start-up).
        article.documentPainted.connect(self._preload_once)
        # The collection an open owes the last document's cycles, after the first frame
        # (annotator.core.collector; issue 16).
        article.documentPainted.connect(collect_owed)
        session.documentClosing.connect(self._forget_document)
        session.spanAdded.connect(self._span_added)
        session.spanRemoved.connect(self._span_removed)
        session.spanChanged.connect(self._span_changed)
        session.relationsChanged.connect(self._relations_changed)

    # -- running edits -------------------------------------------------------------

    def push(self, edit: Edit, after: Any = None) -> EditCommand | None:
        """Run `edit` as one undo step; a user error is shown and nothing changes."""
        try:
            return push(self.undo_stack, self.session, edit, after)
        except AnnotatorError as exc:
            messages.warning(self.dialog_parent, "annotator", str(exc))
            return None

    def say(self, text: str, timeout_ms: int = 0) -> None:
        self.status_bar.showMessage(text, timeout_ms)

    def say_undone(self) -> None:
        """After Undo: say what was undone (an earlier "Deleted … Ctrl+Z undoes" is stale)."""
        if self.undo_stack.redoText():
            self.say(f"Undone: {self.undo_stack.redoText()}.", 5000)

    def say_redone(self) -> None:
        if self.undo_stack.undoText():
            self.say(f"Redone: {self.undo_stack.undoText()}.", 5000)

    def move_to(self, span_id: str | None, *, scroll: bool = False) -> None:
        """Make `span_id` current by a key or click that only moves (Tab, N, P, a click).

        A timed message about an earlier action hides the status bar's name of the
        current object; moving on clears it, so the bar names what the keys act on now.
        """
        self.status_bar.clearMessage()
        self.select_span(span_id, scroll=scroll)

    # -- showing the open document ---------------------------------------------------

    def show_document(self) -> None:
        """Paint the open document's spans and fill the table (after opening it)."""
        document = self.session.document
        assert document is not None
        self.picking_speaker = False
        self.selection.current = None
        # Spans by id and their order: the article and the table make the Spans of the
        # lines and rows on screen only (a long article has tens of thousands).
        spans = self.session.spans_by_id()
        keys = self.session.span_keys()
        self.article.show_document(document.text, spans, keys)
        self.tags.model.set_spans(document.text, spans, self.speakers(), keys=keys)
        self.tags.editor.show_span(None)
        self.update_counts()
        self.describe_current()  # the last document's span is no longer what keys act on

    def _forget_document(self, _document_id: str) -> None:
        """Another document opens next: the article and the table let go of this one's
        spans before it is read (see `Session.open_document`)."""
        self.selection.current = None
        self.article.forget_document()
        self.tags.model.set_spans("", {}, {})

    def speakers(self) -> dict[str, str]:
        """Quote id -> the covered text of its speaker, for the table."""
        document = self.session.document
        if document is None:
            return {}
        out = {}
        text, extent = document.text, self.session.extent
        for relation in self.session.relations():
            # The speaker's words from the session's index: no Span made for each link.
            at = extent(relation.tail_id) if relation.type == "speaker" else None
            if at is not None:
                out[relation.head_id] = text[at[0] : at[1]]
        return out

    def update_counts(self) -> None:
        self.tags.set_counts(self.session.label_counts())

    def related(self, span_id: str) -> list[str]:
        """The spans linked to `span_id` (its speaker, or the quotes it speaks), from the
        session's index of relations by their ends."""
        touching = self.session.relations_touching(span_id)
        return [r.tail_id if r.head_id == span_id else r.head_id for r in touching]

    def tooltip(self, spans: list[Span]) -> str:
        """Plain text for the spans under the pointer: the article shows it literally
        (stored values are never markup)."""
        document = self.session.document
        assert document is not None
        parts = []
        for span in spans:
            lines = [span.label]
            covered = " ".join(span.covered(document.text).split())
            if len(covered) > 90:
                covered = covered[:87] + "…"
            lines.append(f"“{covered}”")
            if span.attributes:
                lines.append(format_attributes(span.attributes))
            speaker = self.session.speaker_of(span.id)
            if speaker is not None:
                lines.append(f"speaker: {speaker.covered(document.text)}")
            lines.append(f"by {span.annotator} · {span.provenance}")
            parts.append("\n".join(lines))
        return "\n\n".join(parts)

    # -- the current object ----------------------------------------------------------

    def select_span(self, span_id: str | None, *, scroll: bool = False) -> None:
        """Select a span, or a suggestion (whose id starts with 'suggestion:'), or nothing."""
        suggestion = self.session.suggestion(span_id) if is_suggestion_id(span_id) else None
        if span_id is not None and self.session.span(span_id) is None and suggestion is None:
            span_id = None
        self.selection.current = span_id
        related = self.related(span_id) if span_id and suggestion is None else []
        if suggestion is not None and suggestion.speaker is not None:
            related = [
                s.id
                for s in self.session.spans_with_extent(*suggestion.speaker)
                if s.label == "ACTOR"
            ]
        self.article.select_span(span_id, related, scroll=scroll)
        self.tags.select_row(span_id)
        if suggestion is not None:
            self.tags.editor.show_suggestion(suggestion.label, self.keys.name("accept"))
        else:
            self.tags.editor.show_span(self.session.span(span_id) if span_id else None)
        if span_id is None and self.picking_speaker:
            self.picking_speaker = False
            self.status_bar.clearMessage()
        self.describe_current()

    def describe_current(self) -> None:
        """Name the current object and what the keys do to it, in the status bar."""
        text = self.current_text()
        self.current_label.setText(text)
        # A long line is cut at the bar's edge: hovering shows it whole (literally).
        self.current_label.setToolTip(plain_tooltip(text))

    def current_text(self) -> str:
        document = self.session.document
        current = self.selection.current
        if document is None or current is None:
            return ""
        suggestion = self.session.suggestion(current) if is_suggestion_id(current) else None
        if suggestion is not None:
            speaker = ""
            if suggestion.speaker is not None:
                speaker = " · speaker: " + short_text(document.text[slice(*suggestion.speaker)])
            keys = ", ".join(
                self.keys.hints(
                    [
                        ("accept", "accepts"),
                        ("reject", "rejects"),
                        (("next_suggestion", "previous_suggestion"), "step"),
                        (None, "a label key accepts as that label"),
                    ]
                )
            )
            return (
                f"Suggested {suggestion.label} “{short_text(suggestion.covered(document.text))}”"
                f" ({rule_description(suggestion.rule)}){speaker} — {keys}"
            )
        span = self.session.span(current)
        if span is None:
            # Not a span nor a suggestion: a review cluster, named by the review controller.
            return self.describe_other(current) if self.describe_other is not None else ""
        mine = "" if span.annotator == self.session.annotator else f" by {span.annotator}"
        hints: list[tuple[str | None, str]] = [
            ("reject", "deletes"),
            (None, "a label key relabels"),
            ("attributes", "sets attributes"),
        ]
        if span.label == "QUOTE":
            hints.append(("speaker", "sets the speaker"))
        keys = ", ".join(self.keys.hints(hints))
        return f"{span.label} “{short_text(span.covered(document.text))}”{mine} — {keys}"

    def focus_article(self) -> None:
        self.article.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_current(self) -> None:
        """Scroll the current object into view and give the article the focus."""
        current = self.selection.current
        if current is not None:
            self.article.select_span(current, self.article.related_ids, scroll=True)
        self.focus_article()

    def selected_span(self) -> Any:
        current = self.selection.current
        return self.session.span(current) if current else None

    def span_clicked(self, span_id: str) -> None:
        if self.picking_speaker:
            span = self.session.span(span_id)
            if span is not None and span.label == "ACTOR":
                self.set_speaker(span_id)
                return
            self.say("That is not an ACTOR: click an ACTOR span.", 4000)
            return
        self.move_to(span_id)

    def step_span(self, step: int) -> None:
        """Tab / Shift+Tab: the next / previous span, from the selected one or the caret."""
        target = self.session.step_from(self.selection.current, self.article.cursor_offset(), step)
        if target is not None:
            self.move_to(target.id, scroll=True)

    def escape(self) -> None:
        """Esc: from a panel, back to the article; in the article, cancel or deselect."""
        focus = QApplication.focusWidget()
        in_article = focus is not None and (
            focus is self.article or self.article.isAncestorOf(focus)
        )
        if self.speaker_chooser is not None and self.speaker_chooser.isVisible():
            self.speaker_chooser.hide()  # Esc in its filter box: the same as its own Esc
            self._speaker_cancelled()
            return
        if self.picking_speaker:
            self.picking_speaker = False
            self.say("Speaker not set.", 3000)
        elif in_article:
            self.article.clear_text_selection()
            self.select_span(None)
        if not in_article:
            self.focus_article()

    # -- tagging ---------------------------------------------------------------------

    def apply_label(self, label_name: str) -> None:
        """Tag the selected text with `label_name`, or relabel the selected span."""
        with self.article.overlays_once():
            self._apply_label(label_name)

    def _apply_label(self, label_name: str) -> None:
        document = self.session.document
        if document is None:
            return
        selection = self.article.selected_range()
        if selection is not None:
            start, end = snap_selection(
                document.text, *selection, label_name, words=self.snap_words
            )
            if start >= end:
                self.say("Nothing to tag: the selection is only spaces.", 4000)
                return
            existing = self.session.find_span(start, end, label_name)
            if existing is not None:
                self.article.clear_text_selection()
                self.select_span(existing.id)
                self.say("Already tagged.", 3000)
                return
            attributes, known = self.prefilled(label_name, start, end)
            span = new_span(
                self.schema,
                document.id,
                document.text,
                start,
                end,
                label_name,
                self.session.annotator,
                attributes=attributes,
            )
            if self.push(TagSpan(span)) is None:
                return
            self.article.clear_text_selection()
            self.select_span(span.id)
            if known:
                key = self.keys.name("attributes")
                how = f"{key} changes it" if key else "the attribute panel changes it"
                self.say(f"{label_name} type {known} — {how}.", 5000)
            return
        selected = self.selected_span()
        if selected is not None:
            if selected.label != label_name:
                attributes = None
                if label_name == "CASUALTY":
                    attributes = span_starting_attributes(
                        self.schema, label_name, document.text, selected.start, selected.end
                    )
                self.push(Relabel(selected.id, label_name, attributes))
            return
        self.say("Select some text first, or click a span to relabel it.", 4000)

    def _preload_once(self) -> None:
        from annotator.ui.preload import first_actor_key, preload_later

        self.article.documentPainted.disconnect(self._preload_once)
        preload_later(self, first_actor_key, PRELOAD_DELAY_MS)

    def prefilled(self, label_name: str, start: int, end: int) -> tuple[dict[str, Any] | None, str]:
        """A new span's attributes when something already knows more than the text
        (None: the usual starting attributes) and a note saying what and from where.

        An ACTOR takes its type from a suggestion over the same words, else the actor
        registry, else the gazetteer; a CASUALTY keeps the counts its text states.
        """
        document = self.session.document
        if label_name != "ACTOR" or document is None:
            return None, ""
        allowed = actor_types(self.schema)
        if not allowed:
            return None, ""
        covered = " ".join(document.text[start:end].split())
        found: tuple[str, str] | None = None
        # In text order, one at a time: the first with a type ends the lookup.
        for suggestion in self.session.each_suggestion_named("ACTOR", covered):
            kind = suggestion.attributes.get("type")
            if kind in allowed:
                found = (str(kind), "the suggestion")
                break
        if found is None:
            found = _known_actor_type()(self.session.repo, covered, allowed)
        if found is None:
            return None, ""
        attributes = starting_attributes(self.schema, label_name, covered)
        attributes["type"] = found[0]
        return attributes, f"“{found[0]}” from {found[1]}"

    def delete_selected(self) -> None:
        """Delete the current span; say what went with it and that Undo brings it back."""
        with self.article.overlays_once():
            self._delete_selected()

    def _delete_selected(self) -> None:
        span = self.selected_span()
        document = self.session.document
        if span is None or document is None:
            self.say(f"Click a span first{self.keys.then_press('delete')}.", 3000)
            return
        links = len(self.related(span.id))
        if self.push(DeleteSpan(span.id)) is None:
            return
        what = f"Deleted {span.label} “{short_text(span.covered(document.text), 40)}”"
        if span.annotator != self.session.annotator:
            what += f" made by {span.annotator}"
        if links:
            what += f" and its {links} speaker link{'s' if links != 1 else ''}"
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.say(f"{what} — {undo} undoes.", 8000)

    def move_edge(self, edge: str, direction: int) -> None:
        document = self.session.document
        span = self.selected_span()
        if span is None or document is None:
            return
        start, end = step_edge(document.text, span.start, span.end, edge, direction, span.label)
        if (start, end) != (span.start, span.end):
            self.push(MoveEdge(span.id, start, end))

    def edge_key(self, edge: str, direction: int, word: bool) -> None:
        """An edge key: move the selected span's `edge`; with no span selected, in the
        article, extend the text selection as the key would (a character or a word)."""
        if self.selected_span() is not None:
            self.move_edge(edge, direction)
            return
        focus = QApplication.focusWidget()
        if focus is not self.article:
            return
        move = QTextCursor.MoveOperation
        if word:
            operation = move.PreviousWord if direction < 0 else move.NextWord
        else:
            operation = move.Left if direction < 0 else move.Right
        cursor = self.article.textCursor()
        cursor.movePosition(operation, QTextCursor.MoveMode.KeepAnchor)
        self.article.setTextCursor(cursor)

    # -- the attribute chooser (A) -----------------------------------------------------

    def set_keys(self, keys: KeyNames) -> None:
        """The keys in effect (the keymap's), which the status bar's hints name."""
        self.keys = keys

    def open_attribute_chooser(self) -> None:
        """A: set the selected span's attributes from the keyboard."""
        span = self.selected_span()
        document = self.session.document
        if span is None or document is None:
            if is_suggestion_id(self.selection.current):
                accept = self.keys.name("accept")
                first = f"Accept the suggestion first ({accept})" if accept else "Accept it first"
                self.say(f"{first}{self.keys.then_press('attributes')}.", 4000)
            else:
                self.say(f"Select a span first{self.keys.then_press('attributes')}.", 4000)
            return
        if not self.schema.has_label(span.label) or not self.schema.label(span.label).attributes:
            self.say(f"{span.label} has no attributes.", 3000)
            return
        if self.attribute_chooser is None:
            from annotator.ui.attribute_chooser import AttributeChooser

            self.attribute_chooser = AttributeChooser(self.article)
            self.attribute_chooser.applied.connect(self._chooser_applied)
            self.attribute_chooser.cancelled.connect(self.focus_article)
        label = self.schema.label(span.label)
        point = self.article.point_of(max(span.start, span.end - 1))
        anchor = self.article.viewport().mapTo(self.article, point)
        title = f"{label.name} “{short_text(span.covered(document.text), 50)}”"
        self.attribute_chooser.open_for(span.id, title, label.attributes, span.attributes, anchor)

    def _chooser_applied(self, span_id: str, values: dict[str, Any]) -> None:
        self.focus_article()
        span = self.session.span(span_id)
        if span is None or values == span.attributes:
            return
        if self.push(SetAttributes(span_id, values)) is not None:
            shown = compact_attributes(values) or "no attributes"
            self.say(f"{span.label}: {shown}", 4000)

    def _attributes_edited(self, span_id: str, attributes: dict[str, Any]) -> None:
        if self.session.span(span_id) is not None:
            self.push(SetAttributes(span_id, attributes))

    def toggle_snap(self, checked: bool) -> None:
        self.snap_words = checked
        self.article.snap_words = checked  # the drag preview snaps the same way
        self.say(
            "Selections snap to whole words." if checked else "Character precision: no snapping.",
            3000,
        )

    # -- speakers ------------------------------------------------------------------

    def start_speaker_pick(self) -> None:
        """S: choose the selected quote's speaker from a list, or by clicking an ACTOR."""
        span = self.selected_span()
        if span is None or span.label != "QUOTE":
            self.say(f"Select a QUOTE first{self.keys.then_press('speaker')}.", 4000)
            return
        document = self.session.document
        assert document is not None
        linked = self.session.speaker_of(span.id)
        from annotator.ui.speaker_chooser import SpeakerChooser, speaker_choices

        choices = speaker_choices(
            document.text, span, self.session.spans(), linked.id if linked else None
        )
        if not choices:
            self.picking_speaker = False
            self.say("No ACTOR outside this quote: tag the speaker as ACTOR first.", 5000)
            return
        self.picking_speaker = True
        if self.speaker_chooser is None:
            self.speaker_chooser = SpeakerChooser(self.article)
            self.speaker_chooser.chosen.connect(self.set_speaker)
            self.speaker_chooser.cancelled.connect(self._speaker_cancelled)
        # Under the quote's last line, so the quote and what follows it stay readable.
        point = self.article.point_of(max(span.start, span.end - 1))
        anchor = self.article.viewport().mapTo(self.article, point)
        self.speaker_chooser.open_for(span.covered(document.text), choices, anchor)
        # The chooser's own Esc cancels, and so does the keymap's escape key.
        cancel = " / ".join(dict.fromkeys(k for k in ("Esc", self.keys.name("escape")) if k))
        self.say(
            f"Speaker: type to filter, ↑/↓ and Enter link, {cancel} cancels — or click an ACTOR."
        )

    def _speaker_cancelled(self) -> None:
        self.picking_speaker = False
        self.article.setFocus()
        self.say("Speaker not set.", 3000)

    def set_speaker(self, actor_id: str) -> None:
        quote = self.selected_span()
        self.picking_speaker = False
        self.status_bar.clearMessage()
        if self.speaker_chooser is not None and self.speaker_chooser.isVisible():
            self.speaker_chooser.hide()
        self.article.setFocus()
        if quote is None or self.session.document is None:
            return
        existing = self.session.edits.speaker_relation(quote.id)
        if existing is not None and existing.tail_id == actor_id:
            return
        self.push(SetSpeaker(quote.id, actor_id))
        self.select_span(quote.id)

    def remove_speaker(self) -> None:
        quote = self.selected_span()
        if quote is None or self.session.document is None:
            return
        existing = self.session.edits.speaker_relation(quote.id)
        if existing is not None:
            self.push(RemoveSpeaker(existing))

    # -- reacting to the session's change notices ----------------------------------------

    def _span_added(self, span_id: str) -> None:
        span = self.session.span(span_id)
        assert span is not None
        self.article.add_span(span)
        self.tags.model.upsert(span)
        self._after_span_edit()

    def _span_removed(self, span_id: str, start: int, end: int) -> None:
        self.article.remove_span(span_id, start, end)
        self.tags.model.remove(span_id)
        if self.selection.current == span_id:
            self.select_span(None)
        self._after_span_edit()

    def _span_changed(self, span_id: str, old_start: int, old_end: int) -> None:
        span = self.session.span(span_id)
        assert span is not None
        self.article.change_span(span, old_start, old_end)
        self.tags.model.upsert(span)
        if self.selection.current == span_id:
            self.tags.editor.show_span(span)
            # A moved edge or a new label can give the span another row: select it again.
            self.tags.select_row(span_id)
            self.describe_current()  # its label and words, not the ones before the edit
        # Only the quotes this span speaks show other words (a link that went or came
        # is a relations notice of its own): not every quote's speaker read again.
        text = document.text if (document := self.session.document) is not None else ""
        for relation in self.session.relations_at(span_id)[1]:
            if relation.type == "speaker":
                self.tags.model.set_speaker(relation.head_id, span.covered(text))
        self._after_span_edit()

    def _relations_changed(self) -> None:
        self.tags.model.set_speakers(self.speakers())
        current = self.selection.current
        if current:
            self.article.select_span(current, self.related(current))

    def _after_span_edit(self) -> None:
        self.update_counts()
        if self.session.document_id:
            self.documentEdited.emit(self.session.document_id)
