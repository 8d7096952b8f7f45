"""Card and claim editing for the main window: actions, menus, context menus, undo.

Every edit goes the same way: the service saves it in one transaction and returns an
``Edit``; an ``EditCommand`` carrying it goes on the shown article's undo stack; the
cards, claims and highlights are reloaded. A refused edit (an offset that does not quote
the body, a row changed by another window) ends as a message, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from desktop.domain import (
    CardFields,
    CardState,
    CardView,
    ClaimFields,
    ClaimView,
    ConflictError,
    FactKind,
    FactsheetError,
    MentionView,
    Span,
    SuggestedClaim,
)
from desktop.ui import style
from desktop.ui.card_editor import CardEditor
from desktop.ui.claim_editor import ClaimEditor
from desktop.ui.names import kind_name, kind_tag
from desktop.ui.preferences import PreferencesDialog, reviewer_name
from desktop.ui.undo import ArticleStacks, EditCommand

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The order of "Add as …" and its Ctrl+digit shortcuts.
ADD_KINDS = (
    FactKind.ACTOR,
    FactKind.ORGANISATION,
    FactKind.PLACE,
    FactKind.SOURCE,
    FactKind.DATE,
    FactKind.SANCTION,
)
CLAIMANT_KINDS = (FactKind.SOURCE, FactKind.ACTOR, FactKind.ORGANISATION)


def _slot(fn: Callable[..., Any], *args: Any) -> Callable[..., None]:
    """A menu slot calling ``fn(*args)``, whatever the signal passes (``checked``)."""

    def slot(*_signal_args: object) -> None:
        fn(*args)

    return slot


def short(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class EditController(QObject):
    """Owns the undo stacks and the editing actions of one main window.

    ``edited`` fires whenever an edit, undo or redo has reached the screen; ``refused``
    carries the message of an edit that was not saved (tests wait on both).
    """

    edited = Signal()
    refused = Signal(str)

    def __init__(self, window: MainWindow, library: Any, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.settings = settings
        self.stacks = ArticleStacks(window)
        self._mention_index = -1
        self._build_actions()
        self._connect_views()
        self.update_actions()

    # -- actions ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: str | QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.stacks.createUndoAction(self.window, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stacks.createRedoAction(self.window, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The menu names the step ("Undo Merge 2 Cards"); the toolbar keeps it short.
        pixmaps = QStyle.StandardPixmap
        for action, label, icon in (
            (self.undo_action, self.tr("Undo"), pixmaps.SP_ArrowBack),
            (self.redo_action, self.tr("Redo"), pixmaps.SP_ArrowForward),
        ):
            action.setIconText(label)
            action.setIcon(self.window.style().standardIcon(icon))
        # The menu names the step after a colon in German ("Rückgängig: Karte … verwerfen");
        # Qt's own "%1 rückgängig machen" reads backwards for long step names.
        self.stacks.undoTextChanged.connect(self._name_undo)
        self.stacks.redoTextChanged.connect(self._name_redo)
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), self.edit_preferences, "Ctrl+,"
        )
        self.edit_card_action = self._action(self.tr("&Edit Card…"), self.edit_card, "F2")
        self.merge_action = self._action(self.tr("&Merge Cards"), self.merge_cards, "Ctrl+Shift+M")
        self.reject_action = self._action(self.tr("&Reject Card"), self.reject_cards, "Del")
        self.restore_action = self._action(self.tr("Re&store Card"), self.restore_cards)
        self.show_rejected_action = QAction(self.tr("Show Re&jected Cards"), self.window)
        self.show_rejected_action.setCheckable(True)
        self.next_action = self._action(
            self.tr("&Next Mention"), lambda: self.step_mention(1), "F3"
        )
        self.previous_action = self._action(
            self.tr("&Previous Mention"), lambda: self.step_mention(-1), "Shift+F3"
        )
        self.add_as_actions = {
            kind: self._action(
                self.tr("Add as {0}").format(kind_name(kind)),
                partial(self.add_card, kind),
                f"Ctrl+{number}",
            )
            for number, kind in enumerate(ADD_KINDS, start=1)
        }
        self.add_mention_action = self._action(
            self.tr("Add as Mention of Selected Card"), self.add_mention, "Ctrl+Shift+A"
        )
        self.mark_claim_action = self._action(self.tr("Mark as &Claim"), self.mark_claim, "Ctrl+M")
        self.edit_claim_action = self._action(self.tr("Edit C&laim…"), self.edit_claim)
        self.delete_claim_action = self._action(
            self.tr("&Delete Claim"), self.delete_claim, "Shift+Del"
        )

    def _name_undo(self, step: str) -> None:
        self.undo_action.setText(self.tr("Undo {0}").format(step) if step else self.tr("Undo"))

    def _name_redo(self, step: str) -> None:
        self.redo_action.setText(self.tr("Redo {0}").format(step) if step else self.tr("Redo"))

    def install_menus(self, edit_menu: QMenu, facts_menu: QMenu, claims_menu: QMenu) -> None:
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertActions(first, [self.undo_action, self.redo_action])  # type: ignore[arg-type]
        edit_menu.insertSeparator(first)  # type: ignore[arg-type]
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        facts_menu.addSeparator()
        facts_menu.addActions(
            [self.edit_card_action, self.merge_action, self.reject_action, self.restore_action]
        )
        facts_menu.addAction(self.show_rejected_action)
        facts_menu.addSeparator()
        facts_menu.addActions([self.next_action, self.previous_action])
        facts_menu.addSeparator()
        add_menu = facts_menu.addMenu(self.tr("&Add Selection as"))
        add_menu.addActions(list(self.add_as_actions.values()))
        facts_menu.addAction(self.add_mention_action)
        claims_menu.addActions(
            [self.mark_claim_action, self.edit_claim_action, self.delete_claim_action]
        )

    def _connect_views(self) -> None:
        w = self.window
        self.show_rejected_action.toggled.connect(w.card_panel.show_rejected.setChecked)
        w.card_panel.showRejectedChanged.connect(self._show_rejected_changed)
        w.card_panel.selectionChanged.connect(self.update_actions)
        w.card_panel.cardActivated.connect(lambda _card: self._reset_mention_step())
        w.card_panel.editRequested.connect(self.edit_card)
        w.card_panel.menu_hook = self._card_menu
        w.article_view.menu_hook = self._article_menu
        w.article_view.bodyClicked.connect(self.body_clicked)
        w.article_view.selectionChanged.connect(self.update_actions)
        w.claim_panel.claimActivated.connect(self._claim_activated)
        w.claim_panel.editRequested.connect(self.edit_claim)
        w.claim_panel.suggestionAccepted.connect(self.accept_suggestion)
        w.side_tabs.currentChanged.connect(lambda _tab: self.update_actions())

    def update_actions(self) -> None:
        has_article = self.window.current_article_id() is not None
        span = self.window.article_view.selected_span() if has_article else None
        cards = self.window.card_panel.selected_cards()
        active = [c for c in cards if c.state is CardState.ACTIVE]
        rejected = [c for c in cards if c.state is CardState.REJECTED]
        current = self.window.card_panel.selected_card()
        self.edit_card_action.setEnabled(current is not None)
        self.merge_action.setEnabled(len(active) >= 2 and len(active) == len(cards))
        self.merge_action.setText(
            self.tr("&Merge {0} Cards").format(len(active))
            if len(active) >= 2
            else self.tr("&Merge Cards")
        )
        # Del rejects the selected cards only while they are in view (not from the claims).
        cards_shown = self.window.side_tabs.currentIndex() == self.window.CARDS_TAB
        self.reject_action.setEnabled(bool(active) and cards_shown)
        self.restore_action.setEnabled(bool(rejected))
        self.next_action.setEnabled(current is not None and bool(current.mentions))
        self.previous_action.setEnabled(current is not None and bool(current.mentions))
        for action in self.add_as_actions.values():
            action.setEnabled(span is not None)
        self.add_mention_action.setEnabled(span is not None and current is not None)
        self.mark_claim_action.setEnabled(span is not None)
        claim = self.window.claim_panel.selected_claim()
        self.edit_claim_action.setEnabled(claim is not None)
        self.delete_claim_action.setEnabled(claim is not None)

    # -- loading ---------------------------------------------------------------------------

    def article_shown(self, article_id: int | None) -> None:
        self.stacks.show_article(article_id)
        self.reload_claims()
        self.update_actions()

    def cards_loaded(self, cards: list[CardView], limited: str | None) -> None:
        """The window's extraction worker delivered the article's active cards."""
        article_id = self.window.current_article_id()
        if self.window.card_panel.show_rejected.isChecked() and article_id is not None:
            cards = self.library.cards(article_id, include_rejected=True)
        self.window.card_panel.show_cards(cards, limited)
        self.reload_claims()
        self.update_actions()

    def reload(self, keep_cards: Sequence[int] = (), keep_claim: int | None = None) -> None:
        """Show the database's cards and claims again, keeping what was selected."""
        article_id = self.window.current_article_id()
        if article_id is None:
            return
        panel = self.window.card_panel
        if panel.state in (panel.CARDS, panel.EMPTY):
            keep = list(keep_cards) or [c.id for c in panel.selected_cards()]
            cards = self.library.cards(article_id, include_rejected=panel.show_rejected.isChecked())
            with self.window.keeping_scroll():
                panel.refresh_cards(cards, keep)
                if not panel.selected_cards():
                    self.window.article_view.highlight([], style.focus_highlight())
        self.reload_claims(keep_claim)
        self.update_actions()

    def reload_claims(self, keep: int | None = None) -> None:
        article_id = self.window.current_article_id()
        view = self.window.article_view
        if article_id is None:
            self.window.claim_panel.show_claims([], [], {})
            view.set_claim_marks([])
            self.window.set_claim_count(0)
            return
        claims = self.library.claims(article_id)
        cards = self.window.card_panel.cards()
        suggestions = self.library.suggested_claims(article_id) if cards else []
        labels = {c.id: c.label for c in self.library.cards(article_id, include_rejected=True)}
        self.window.claim_panel.show_claims(claims, suggestions, labels, keep)
        view.set_claim_marks(
            (c.start, c.end, style.verdict_highlight(c.verdict), style.verdict_accent(c.verdict))
            for c in claims
        )
        self.window.set_claim_count(len(claims))

    # -- running edits ---------------------------------------------------------------------

    def run(
        self,
        name: str,
        call: Callable[[], Any],
        keep_cards: Callable[[Any], Sequence[int]] = lambda _edit: (),
        keep_claim: Callable[[Any], int | None] = lambda _edit: None,
    ) -> Any:
        """Save one edit, put it on the undo stack and show the result; ``None`` if refused."""
        article_id = self.window.current_article_id()
        if article_id is None:
            return None
        try:
            edit = call()
        except FactsheetError as exc:
            self._refuse(exc)
            return None
        if self.window.article_view.selected_span() is not None:
            self.window.article_view.deselect()  # the new mark shows instead of it
        command = EditCommand(name, self.library, edit, self._undone, self._refuse)
        self.stacks.stack(article_id).push(command)
        self.reload(keep_cards(edit), keep_claim(edit))
        self.window.say(self.tr("Saved: {0}.").format(name))
        self.edited.emit()
        return edit

    def _undone(self, edit: Any) -> None:
        created = edit.created_card_id()
        self.reload([created] if created else (), edit.claim_id())
        self.edited.emit()

    def _refuse(self, exc: FactsheetError) -> None:
        log.warning("Edit refused: %s (%s)", exc.user_message, exc.detail)
        if isinstance(exc, ConflictError):
            self.reload()  # show what the other window saved
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not saved"),
            exc.user_message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.window.open_dialog_for(box)
        self.window.say(exc.user_message)
        self.refused.emit(exc.user_message)

    # -- cards -----------------------------------------------------------------------------

    def add_card(self, kind: FactKind, span: Span | None = None) -> Any:
        span = span or self.window.article_view.selected_span()
        article_id = self.window.current_article_id()
        if span is None or article_id is None:
            self.window.say(self.tr("Select a passage of the article first."))
            return None
        name = self.tr("Add {0} “{1}”").format(kind_name(kind), short(span.text))
        return self.run(
            name,
            lambda: self.library.create_card(article_id, CardFields(kind, span.text), [span]),
            keep_cards=lambda edit: [edit.created_card_id()],
        )

    def add_mention(self, card: CardView | None = None, span: Span | None = None) -> Any:
        span = span or self.window.article_view.selected_span()
        card = card or self.window.card_panel.selected_card()
        if span is None or card is None:
            self.window.say(self.tr("Select a passage of the article and a card first."))
            return None
        name = self.tr("Add Mention “{0}” to “{1}”").format(short(span.text), short(card.label))
        return self.run(
            name,
            lambda: self.library.add_mention(card.id, span, card.version),
            keep_cards=lambda _edit: [card.id],
        )

    def move_mention(self, mention: MentionView, source: CardView, target: CardView) -> Any:
        name = self.tr("Move Mention “{0}” to “{1}”").format(
            short(mention.text), short(target.label)
        )
        return self.run(
            name,
            lambda: self.library.move_mention(mention.id, target.id),
            keep_cards=lambda _edit: [target.id],
        )

    def edit_card(self, card: CardView | None = None) -> None:
        card = card or self.window.card_panel.selected_card()
        if card is None:
            return
        dialog = CardEditor(card, self.window)
        dialog.accepted.connect(lambda: self._save_card(card, dialog.fields()))
        self.window.open_dialog_for(dialog)

    def _save_card(self, card: CardView, fields: CardFields) -> Any:
        if (fields.kind, fields.label, fields.attributes) == (
            card.kind,
            card.label,
            card.attributes,
        ):
            return None
        name = self.tr("Edit Card “{0}”").format(short(fields.label))
        return self.run(
            name,
            lambda: self.library.update_card(card.id, fields, card.version),
            keep_cards=lambda _edit: [card.id],
        )

    def merge_cards(self, cards: Sequence[CardView] | None = None) -> Any:
        cards = list(cards or self.window.card_panel.selected_cards())
        if len(cards) < 2:
            self.window.say(self.tr("Select two or more cards to merge (Ctrl+click)."))
            return None
        name = self.tr("Merge {0} Cards").format(len(cards))
        return self.run(
            name, lambda: self.library.merge_cards(cards), keep_cards=lambda _e: [cards[0].id]
        )

    def reject_cards(self, cards: Sequence[CardView] | None = None) -> None:
        chosen = cards or self.window.card_panel.selected_cards()
        self._set_states(
            [c for c in chosen if c.state is CardState.ACTIVE],
            self.library.reject_card,
            self.tr("Reject Card “{0}”"),
            self.tr("Reject {0} Cards"),
        )

    def restore_cards(self, cards: Sequence[CardView] | None = None) -> None:
        chosen = cards or self.window.card_panel.selected_cards()
        self._set_states(
            [c for c in chosen if c.state is CardState.REJECTED],
            self.library.restore_card,
            self.tr("Restore Card “{0}”"),
            self.tr("Restore {0} Cards"),
        )

    def _set_states(
        self, cards: list[CardView], call: Callable[[int, int], Any], one: str, many: str
    ) -> None:
        article_id = self.window.current_article_id()
        if not cards or article_id is None:
            return
        stack = self.stacks.stack(article_id)
        if len(cards) > 1:
            stack.beginMacro(many.format(len(cards)))
        for card in cards:
            if (
                self.run(one.format(short(card.label)), partial(call, card.id, card.version))
                is None
            ):
                break
        if len(cards) > 1:
            stack.endMacro()

    def _show_rejected_changed(self, shown: bool) -> None:
        self.show_rejected_action.setChecked(shown)
        self.reload()

    # -- mentions --------------------------------------------------------------------------

    def _reset_mention_step(self) -> None:
        self._mention_index = -1
        self.update_actions()

    def step_mention(self, step: int) -> None:
        """F3 / Shift+F3: go to the selected card's next or previous mention."""
        card = self.window.card_panel.selected_card()
        if card is None or not card.mentions:
            return
        mentions = sorted(card.mentions, key=lambda m: (m.start, m.end))
        if self._mention_index < 0:
            self._mention_index = 0 if step > 0 else len(mentions) - 1
        else:
            self._mention_index = (self._mention_index + step) % len(mentions)
        mention = mentions[self._mention_index]
        self.window.article_view.focus_span(mention.start, mention.end, style.focus_highlight())
        self.window.say(
            self.tr("“{0}”: mention {1} of {2}").format(
                short(card.label), self._mention_index + 1, len(mentions)
            )
        )

    def cards_at(self, offset: int) -> list[tuple[CardView, MentionView]]:
        return [
            (card, mention)
            for card in self.window.card_panel.cards()
            for mention in card.mentions
            if mention.start <= offset < mention.end
        ]

    def claims_at(self, offset: int) -> list[ClaimView]:
        claims = self.window.claim_panel.model.claims()
        return [c for c in claims if c.start <= offset < c.end]

    def body_clicked(self, offset: int) -> None:
        """A click on a mention selects its card(s); on a claim, the claim."""
        cards = [card.id for card, _mention in self.cards_at(offset)]
        claims = self.claims_at(offset)
        if claims:
            innermost = min(claims, key=lambda c: c.end - c.start)
            self.window.claim_panel.select_claim(innermost.id, emit=False)
        if cards:
            with self.window.keeping_scroll():
                self.window.card_panel.select_cards(list(dict.fromkeys(cards)))
            self.window.show_side_tab(self.window.CARDS_TAB)
        elif claims:
            self.window.show_side_tab(self.window.CLAIMS_TAB)
        self.update_actions()

    # -- claims ----------------------------------------------------------------------------

    def mark_claim(self, span: Span | None = None) -> Any:
        span = span or self.window.article_view.selected_span()
        article_id = self.window.current_article_id()
        if span is None or article_id is None:
            self.window.say(self.tr("Select the passage that makes the claim first."))
            return None
        fields = ClaimFields(reviewer=reviewer_name(self.settings) or None)
        edit = self.run(
            self.tr("Mark Claim “{0}”").format(short(span.text)),
            lambda: self.library.add_claim(article_id, span, fields),
            keep_claim=lambda edit: edit.claim_id(),
        )
        if edit is not None:
            self.window.show_side_tab(self.window.CLAIMS_TAB)
        return edit

    def accept_suggestion(self, suggestion: SuggestedClaim) -> Any:
        article_id = self.window.current_article_id()
        if article_id is None:
            return None
        fields = ClaimFields(
            claimant_card_id=suggestion.card_id, reviewer=reviewer_name(self.settings) or None
        )
        return self.run(
            self.tr("Mark Claim by “{0}”").format(short(suggestion.claimant)),
            lambda: self.library.add_claim(article_id, suggestion.span, fields),
            keep_claim=lambda edit: edit.claim_id(),
        )

    def edit_claim(self, claim: ClaimView | None = None) -> ClaimEditor | None:
        claim = claim or self.window.claim_panel.selected_claim()
        if claim is None:
            return None
        article_id = self.window.current_article_id()
        cards = self.library.cards(article_id) if article_id is not None else []
        claimants = [c for kind in CLAIMANT_KINDS for c in cards if c.kind is kind]
        dialog = ClaimEditor(claim, claimants, reviewer_name(self.settings), self.window)
        dialog.accepted.connect(lambda: self._save_claim(claim, dialog.fields()))
        self.window.open_dialog_for(dialog)
        return dialog

    def _save_claim(self, claim: ClaimView, fields: ClaimFields) -> Any:
        return self.run(
            self.tr("Edit Claim “{0}”").format(short(claim.quote)),
            lambda: self.library.update_claim(claim.id, fields, claim.version),
            keep_claim=lambda _edit: claim.id,
        )

    def delete_claim(self, claim: ClaimView | None = None) -> Any:
        claim = claim or self.window.claim_panel.selected_claim()
        if claim is None:
            return None
        return self.run(
            self.tr("Delete Claim “{0}”").format(short(claim.quote)),
            lambda: self.library.delete_claim(claim.id, claim.version),
        )

    def _claim_activated(self, claim: ClaimView | None) -> None:
        self.update_actions()
        if claim is not None:
            colour = style.verdict_highlight(claim.verdict, alpha=255)
            self.window.article_view.focus_span(claim.start, claim.end, colour)

    # -- preferences -----------------------------------------------------------------------

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self.window)
        self.window.open_dialog_for(dialog)
        return dialog

    # -- context menus ---------------------------------------------------------------------

    def _article_menu(self, menu: QMenu, offset: int | None) -> None:
        span = self.window.article_view.selected_span()
        if span is not None:
            menu.addSeparator()
            menu.addAction(self.mark_claim_action)
            add = menu.addMenu(self.tr("Add as"))
            add.addActions(list(self.add_as_actions.values()))
            self._add_to_card_menu(menu, span)
        elif offset is not None:
            self._mention_menu(menu, offset)
            claims = self.claims_at(offset)
            if claims:
                menu.addSeparator()
                claim = min(claims, key=lambda c: c.end - c.start)
                menu.addAction(self.tr("Edit Claim…"), _slot(self.edit_claim, claim))
                menu.addAction(self.tr("Delete Claim"), _slot(self.delete_claim, claim))

    def _add_to_card_menu(self, menu: QMenu, span: Span) -> None:
        cards = [c for c in self.window.card_panel.cards() if c.state is CardState.ACTIVE]
        if not cards:
            return
        target = menu.addMenu(self.tr("Add as Mention of"))
        current = self.window.card_panel.selected_card()
        ordered = ([current] if current in cards else []) + [c for c in cards if c != current]
        for card in ordered:
            target.addAction(
                f"{short(card.label)} ({kind_tag(card.kind)})",
                _slot(self.add_mention, card, span),
            )

    def _mention_menu(self, menu: QMenu, offset: int) -> None:
        found = self.cards_at(offset)
        if not found:
            return
        source, mention = found[0]
        others = [
            c
            for c in self.window.card_panel.cards()
            if c.id != source.id and c.state is CardState.ACTIVE
        ]
        if not others:
            return
        menu.addSeparator()
        move = menu.addMenu(self.tr("Move Mention “{0}” to").format(short(mention.text)))
        # Cards of the same kind first: a misassigned mention usually stays in its kind.
        others.sort(key=lambda c: (c.kind is not source.kind, c.label.casefold()))
        for card in others:
            move.addAction(
                f"{short(card.label)} ({kind_tag(card.kind)})",
                _slot(self.move_mention, mention, source, card),
            )

    def _card_menu(self, menu: QMenu) -> None:
        menu.addActions([self.edit_card_action, self.merge_action])
        menu.addSeparator()
        menu.addActions([self.reject_action, self.restore_action])
        menu.addSeparator()
        menu.addAction(self.show_rejected_action)
