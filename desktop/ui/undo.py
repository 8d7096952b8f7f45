"""Undo and redo of card and claim edits: one ``QUndoStack`` per article in one group.

An edit is saved the moment the user makes it (the service returns an ``Edit`` holding
the rows before and after); the command pushed afterwards only knows how to put either
side back. Its first ``redo`` — the one ``QUndoStack.push`` calls — does nothing.

Undo and redo write synchronously on the main thread: each is one small transaction
(milliseconds), and the stack's index must never disagree with the database, which a
queued write that could still fail would allow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain import FactsheetError

log = logging.getLogger(__name__)

Refresh = Callable[[Any], None]
"""Called after the command changed the database (with the ``Edit``) to reload views."""
Failure = Callable[[FactsheetError], None]


class EditCommand(QUndoCommand):
    """Switches the rows of one saved ``Edit`` between their before and after states."""

    def __init__(
        self, text: str, library: Any, edit: Any, refresh: Refresh, failed: Failure
    ) -> None:
        super().__init__(text)
        self._library = library
        self.edit = edit
        self._current = edit.after  # what the rows look like in the database now
        self._refresh = refresh
        self._failed = failed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the edit itself has been saved already
            self._pushed = True
            return
        self._switch(self.edit.after)

    def undo(self) -> None:
        self._switch(self.edit.before)

    def _switch(self, target: Any) -> None:
        try:
            self._current = self._library.apply_edit(target, self._current)
        except FactsheetError as exc:
            # Someone else changed these rows: this step cannot be undone any more. An
            # obsolete command is dropped from the stack, so the history stays truthful.
            log.warning("%s: %s (%s)", self.text(), exc.user_message, exc.detail)
            self.setObsolete(True)
            self._failed(exc)
            return
        self._refresh(self.edit)


class ArticleStacks(QUndoGroup):
    """One undo stack per article; the shown article's stack is the active one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._stacks: dict[int, QUndoStack] = {}

    def show_article(self, article_id: int | None) -> None:
        if article_id is None:
            self.setActiveStack(None)  # type: ignore[arg-type]
            return
        stack = self._stacks.get(article_id)
        if stack is None:
            stack = QUndoStack(self)
            self.addStack(stack)
            self._stacks[article_id] = stack
        self.setActiveStack(stack)

    def stack(self, article_id: int) -> QUndoStack:
        self.show_article(article_id)
        return self._stacks[article_id]

    def forget(self, article_id: int) -> None:
        """Drop an article's history (it was deleted)."""
        stack = self._stacks.pop(article_id, None)
        if stack is not None:
            self.removeStack(stack)
            stack.deleteLater()
