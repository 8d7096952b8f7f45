"""The use cases: the one door the UI and the command line both go through."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any  # export block at the end of the file

from sqlalchemy.exc import DBAPIError

from desktop import config
from desktop.domain import (
    ArticleDetail,
    ArticleDraft,
    ArticleSummary,
    CardDraft,
    CardFields,
    CardState,
    CardView,
    ClaimFields,
    ClaimView,
    FactKind,
    FactsheetError,
    ImportOutcome,
    ImportStatus,
    MetadataChanges,
    PipelineInfo,
    SearchHit,
    Span,
    SuggestedClaim,
)
from desktop.store import MergeReport, Repository, Store, StoreError
from desktop.store.editing import Edit, Record, editing
from desktop.store.query import parse_query
from desktop.store.views import (
    ArticleFilters,
    EntityMention,
    EntityView,
    FilterChoices,
    SearchResult,
    SortKey,
    TimelineEvent,
)

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class ExtractionResult:
    cards: list[CardView]
    added: MergeReport
    pipeline: PipelineInfo


class Library:
    """An open library database and everything a user can do with it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, url: str | None = None) -> Library:
        return cls(Store(config.db_url(url)))

    def close(self) -> None:
        self.store.close()

    # -- import -----------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportOutcome:
        from desktop import ingest

        source = ingest.storable(str(path))
        try:
            draft = ingest.read_path(path)
            return self._store_draft(draft, source)
        except FactsheetError as exc:
            # A full disk or a locked library fails this file, not the whole batch.
            log.warning("Import of %s failed: %s (%s)", source, exc.user_message, exc.detail)
            return ImportOutcome(ImportStatus.FAILED, source, message=exc.user_message)

    def import_text(self, text: str, title: str | None = None) -> ImportOutcome:
        from desktop import ingest

        try:
            draft = ingest.read_text(text)
        except FactsheetError as exc:
            log.warning("Pasted text rejected: %s (%s)", exc.user_message, exc.detail)
            return ImportOutcome(ImportStatus.FAILED, "pasted text", message=exc.user_message)
        if title and title.strip():
            draft = _with_title(draft, title.strip())
        return self._store_draft(draft, "pasted text")

    def import_paths(
        self,
        paths: Iterable[Path],
        on_progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> list[ImportOutcome]:
        """Import files and folders (recursively), one transaction per article."""
        from desktop.bulk_import import expand_paths

        files = expand_paths(paths)
        outcomes: list[ImportOutcome] = []
        for done, path in enumerate(files):
            if should_cancel is not None and should_cancel():
                break
            if on_progress is not None:
                on_progress(done, len(files), str(path))
            outcomes.append(self.import_file(path))
        if on_progress is not None:
            on_progress(len(outcomes), len(files), "")
        return outcomes

    def seed_samples(self) -> list[ImportOutcome]:
        """Fill an empty library with the bundled sample articles; a no-op otherwise."""
        with self.store.reading() as repo:
            if repo.count_articles():
                return []
        manifest = json.loads(config.resource("samples", "samples.json").read_text("utf-8"))
        outcomes = []
        for sample in manifest["samples"]:
            outcome = self.import_file(config.resource("samples", sample["file"]))
            if outcome.article_id is not None and outcome.status is ImportStatus.IMPORTED:
                self._apply_sample_metadata(outcome.article_id, sample)
            outcomes.append(outcome)
        return outcomes

    def _apply_sample_metadata(self, article_id: int, sample: dict[str, str | None]) -> None:
        published = sample.get("published_on")
        changes = MetadataChanges(
            published_on=dt.date.fromisoformat(published) if published else None,
            source_url=sample.get("source_url"),
            site=sample.get("site"),
        )
        with self.store.transaction() as repo:
            repo.update_metadata(article_id, changes)

    def _store_draft(self, draft: ArticleDraft, source: str) -> ImportOutcome:
        from desktop import ingest

        digest = ingest.body_hash(draft.body)
        with self.store.transaction() as repo:
            existing = repo.find_by_hash(digest)
            if existing is not None:
                title = repo.article(existing).title
                return ImportOutcome(
                    ImportStatus.DUPLICATE, source, existing, title, duplicate_of=existing
                )
            article_id = repo.add_article(draft, digest)
        log.info("Imported %s as article %d", source, article_id)
        return ImportOutcome(ImportStatus.IMPORTED, source, article_id, draft.title)

    # -- articles ---------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        with self.store.reading() as repo:
            return repo.list_articles()

    def article(self, article_id: int) -> ArticleDetail:
        with self.store.reading() as repo:
            return repo.article(article_id)

    def update_metadata(self, article_id: int, changes: MetadataChanges) -> ArticleDetail:
        """Save edited metadata; a new article date re-normalises its date cards."""
        with self.store.transaction() as repo:
            before = repo.article(article_id)
            after = repo.update_metadata(article_id, changes)
            if after.published_on != before.published_on:
                _renormalise_dates(repo.cards(article_id), after.published_on, repo)
        return after

    def delete_article(self, article_id: int) -> None:
        with self.store.transaction() as repo:
            repo.delete_article(article_id)

    def library_revision(self) -> tuple[int, dt.datetime | None]:
        """``(number of articles, newest import time)``: cheap enough to poll every few
        seconds, and it changes when another user of a shared library adds or deletes one."""
        try:
            with self.store.reading() as repo:
                return repo.library_revision()
        except DBAPIError as exc:
            raise StoreError("The library cannot be reached right now.", detail=str(exc)) from exc

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        with self.store.reading() as repo:
            return repo.search(query, limit)

    # -- the library at scale: paged list, search box, cross-article views --------------

    def count_articles(self, filters: ArticleFilters | None = None) -> int:
        """How many articles the library list shows under ``filters`` (its row count)."""
        with self.store.reading() as repo:
            return repo.count_filtered(filters)

    def article_page(
        self,
        offset: int,
        limit: int,
        sort_key: SortKey = SortKey.IMPORTED,
        descending: bool = True,
        filters: ArticleFilters | None = None,
    ) -> list[ArticleSummary]:
        """One page of the sorted, filtered library list (what ``fetchMore`` loads)."""
        with self.store.reading() as repo:
            return repo.article_page(
                offset, limit, sort=sort_key, descending=descending, filters=filters
            )

    def filter_choices(self) -> FilterChoices:
        """Languages, sources and verdicts present, with counts, for the filter menus."""
        with self.store.reading() as repo:
            return repo.filter_choices()

    def search_results(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchResult]:
        """Ranked hits of the query language with marked snippets (search-as-you-type).

        Raises :class:`QueryError` (a ``FactsheetError``) for a query that cannot run,
        e.g. an unknown ``verdict:``; an empty or half-typed query gives no hits.
        """
        with self.store.reading() as repo:
            return repo.search_results(parse_query(query), limit, offset)

    def entities(
        self, kind: FactKind | None = None, query: str | None = None, limit: int = 500
    ) -> list[EntityView]:
        """Actors, organisations, places and sources across the library, most named first."""
        with self.store.reading() as repo:
            return repo.entities(kind, query, limit)

    def entity_mentions(self, entity_id: int) -> list[EntityMention]:
        """Every mention (and, for sources, statement) of an entity, with body offsets."""
        with self.store.reading() as repo:
            return repo.entity_mentions(entity_id)

    def timeline(
        self, entity_id: int | None = None, limit: int = 2000, offset: int = 0
    ) -> list[TimelineEvent]:
        """Dated events across the library in date order (of one entity's sentences)."""
        with self.store.reading() as repo:
            return repo.timeline(entity_id, limit, offset)

    def link_entities(self) -> int:
        """Link cards extracted before entity linking existed; returns how many were linked."""
        with self.store.transaction() as repo:
            return repo.link_entities()

    def bulk_import(
        self,
        paths: Iterable[Path],
        *,
        extract: bool = True,
        workers: int | None = None,
        on_progress: Callable[[ImportProgress], None] | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> ImportSummary:
        """Import files and folders with batched extraction on up to ``workers`` processes
        (default: both cores). Each article commits alone with its cards, so a cancel keeps
        what is done and leaves nothing half-written. Call it off the UI thread."""
        from desktop.bulk_import import BulkImport, expand_paths

        run = BulkImport(
            self.store,
            expand_paths(paths),
            extract=extract,
            workers=workers,
            on_progress=on_progress,
            should_cancel=should_cancel,
        )
        return run.run()

    # -- facts ------------------------------------------------------------------------------

    def cards(self, article_id: int, include_rejected: bool = False) -> list[CardView]:
        states = [CardState.ACTIVE, CardState.REJECTED] if include_rejected else [CardState.ACTIVE]
        with self.store.reading() as repo:
            repo.article(article_id)  # a missing article is an error, not an empty list
            return repo.cards(article_id, states)

    def claims(self, article_id: int) -> list[ClaimView]:
        with self.store.reading() as repo:
            return repo.claims(article_id)

    def extract(self, article_id: int) -> ExtractionResult:
        """Run extraction and add what is new; user edits are never touched."""
        from desktop import nlp

        article = self.article(article_id)
        drafts = nlp.extract(article.body, article.language, article.published_on)
        info = nlp.pipeline_info(article.language)
        with self.store.transaction() as repo:
            report = repo.merge_drafts(article_id, drafts)
            repo.mark_extracted(article_id, info.describe())
            cards = repo.cards(article_id)
        return ExtractionResult(cards, report, info)

    def ensure_extracted(self, article_id: int) -> list[CardView]:
        """The article's cards, extracting first if it has never been extracted."""
        if self.article(article_id).extracted_at is None:
            return self.extract(article_id).cards
        return self.cards(article_id)

    def extraction_limited(self, language: str) -> bool:
        """Whether only the rule layers serve this language (the UI shows a banner)."""
        from desktop import nlp

        return bool(nlp.is_limited(language))

    # -- export: fact sheets and annotations ---------------------------------------------

    def fact_sheet(self, article_ids: Sequence[int]) -> FactSheet:
        """The fact sheet (one article) or dossier (several) as a plain view model."""
        from desktop.export.sheet import build_fact_sheet

        return build_fact_sheet(self._export_parts(article_ids))

    def export(
        self,
        article_ids: Sequence[int],
        fmt: ExportFormat | str,
        path: Path,
        on_progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
        *,
        locale: str = "en",
    ) -> ExportResult:
        """Write a fact sheet as PDF, Markdown or JSON-LD; extracts unextracted articles.
        ``locale`` (``en``, ``de``, ``de_CH``…) words the PDF's labels, dates and numbers."""
        from desktop.export import ExportFormat, write_export

        chosen = fmt if isinstance(fmt, ExportFormat) else ExportFormat.parse(fmt)
        parts = self._export_parts(article_ids)
        return write_export(
            parts,
            chosen,
            Path(path),
            on_progress=on_progress,
            should_cancel=should_cancel,
            locale=locale,
        )

    def import_annotations(self, article_id: int, path: Path) -> AnnotationImportReport:
        """Turn W3C ``assessing`` annotations into claims, re-anchored by their quotes."""
        from desktop.export import anchoring

        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FactsheetError(f"The file {path} could not be read.", detail=str(exc)) from exc
        found, broken = anchoring.read_claim_annotations(text)
        body = self.article(article_id).body
        claimants = {
            c.label.casefold(): c.id
            for c in self.cards(article_id)
            if c.kind in (FactKind.ACTOR, FactKind.SOURCE, FactKind.ORGANISATION)
        }
        with self.store.transaction() as repo:
            existing = {(c.start, c.end) for c in repo.claims(article_id)}
            placed, present, lost = anchoring.place_claims(body, found, existing)
            added = [
                repo.add_claim(article_id, p.span, **_claim_fields(p.annotation, claimants)).id
                for p in placed
            ]
        return anchoring.AnnotationImportReport(
            added=tuple(added),
            moved=sum(p.moved for p in placed),
            already_present=present,
            unanchored=tuple(broken + lost),
        )

    def _export_parts(
        self, article_ids: Sequence[int]
    ) -> list[tuple[ArticleDetail, list[CardView], list[ClaimView]]]:
        return [(self.article(i), self.ensure_extracted(i), self.claims(i)) for i in article_ids]

    # -- editing cards and claims --------------------------------------------------------
    # Each call is one transaction and returns an ``Edit`` (the rows before and after) that
    # ``apply_edit`` can reverse: undo and redo are edits like any other.

    def update_card(self, card_id: int, fields: CardFields, version: int | None = None) -> Edit:
        """Change a card's kind, label and attributes; it becomes the user's card."""
        with editing(self.store) as editor:
            return editor.update_card(card_id, fields, version)

    def create_card(self, article_id: int, fields: CardFields, spans: Sequence[Span]) -> Edit:
        """A new user card whose mentions are ``spans`` (each must quote the body)."""
        with editing(self.store) as editor:
            return editor.create_card(article_id, fields, spans)

    def add_mention(self, card_id: int, span: Span, version: int | None = None) -> Edit:
        with editing(self.store) as editor:
            return editor.add_mention(card_id, span, version)

    def move_mention(self, mention_id: int, card_id: int) -> Edit:
        with editing(self.store) as editor:
            return editor.move_mention(mention_id, card_id)

    def merge_cards(self, cards: Sequence[CardView]) -> Edit:
        """Merge into the first card: the others' mentions move to it, they become merged."""
        with editing(self.store) as editor:
            return editor.merge_cards([(c.id, c.version) for c in cards])

    def reject_card(self, card_id: int, version: int | None = None) -> Edit:
        with editing(self.store) as editor:
            return editor.set_card_state(card_id, CardState.REJECTED, version)

    def restore_card(self, card_id: int, version: int | None = None) -> Edit:
        """Bring a rejected card back."""
        with editing(self.store) as editor:
            return editor.set_card_state(card_id, CardState.ACTIVE, version)

    def add_claim(self, article_id: int, span: Span, fields: ClaimFields | None = None) -> Edit:
        with editing(self.store) as editor:
            return editor.add_claim(article_id, span, fields or ClaimFields())

    def update_claim(self, claim_id: int, fields: ClaimFields, version: int | None = None) -> Edit:
        with editing(self.store) as editor:
            return editor.update_claim(claim_id, fields, version)

    def delete_claim(self, claim_id: int, version: int | None = None) -> Edit:
        with editing(self.store) as editor:
            return editor.delete_claim(claim_id, version)

    def apply_edit(
        self, target: Sequence[Record], expected: Sequence[Record]
    ) -> tuple[Record, ...]:
        """Undo or redo: put rows back to ``target`` if they still match ``expected``
        (else :class:`ConflictError`); returns the rows as they are now."""
        with editing(self.store) as editor:
            return editor.apply(target, expected)

    def suggested_claims(self, article_id: int) -> list[SuggestedClaim]:
        """Statements the extraction attributed to source cards, not yet marked as claims."""
        body = self.article(article_id).body
        claimed = {(c.start, c.end) for c in self.claims(article_id)}
        suggestions: list[SuggestedClaim] = []
        for card in self.cards(article_id):
            if card.kind is not FactKind.SOURCE:
                continue
            for statement in card.attributes.get("statements") or []:
                span = _statement_span(statement)
                if span and span.is_valid_in(body) and (span.start, span.end) not in claimed:
                    cue = str(statement.get("cue") or "")
                    suggestions.append(SuggestedClaim(card.id, card.label, span, cue))
        return sorted(suggestions, key=lambda s: (s.span.start, s.span.end))


def extract_file(path: Path) -> tuple[ArticleDraft, list[CardDraft]]:
    """Read and extract a file without storing anything (``factsheet facts PATH``)."""
    from desktop import ingest, nlp

    draft = ingest.read_path(path)
    return draft, nlp.extract(draft.body, draft.language, draft.published_on)


def pipeline_overview() -> list[PipelineInfo]:
    from desktop import nlp

    return nlp.available_pipelines()


def _with_title(draft: ArticleDraft, title: str) -> ArticleDraft:
    from dataclasses import replace

    return replace(draft, title=title)


def _statement_span(statement: Any) -> Span | None:
    """A source card's statement as a span, if it has well-formed offsets."""
    if not isinstance(statement, dict):
        return None
    start, end, text = statement.get("start"), statement.get("end"), statement.get("text")
    if isinstance(start, int) and isinstance(end, int) and isinstance(text, str):
        return Span(start, end, text)
    return None


def _renormalise_dates(
    cards: Sequence[CardView], published_on: dt.date | None, repo: Repository
) -> None:
    from desktop.nlp import renormalise_date

    for card in cards:
        if card.kind is FactKind.DATE:
            repo.set_card_attributes(card.id, renormalise_date(card.attributes, published_on))


# -- export: helpers and the names its method signatures use ------------------------


def _claim_fields(annotation: ClaimAnnotation, claimants: dict[str, int]) -> dict[str, Any]:
    """Repository ``add_claim`` keywords for an imported annotation; a claimant whose name
    matches an actor, organisation or source card is linked to that card."""
    card_id = claimants.get(annotation.claimant.casefold()) if annotation.claimant else None
    return {
        "verdict": annotation.verdict,
        "claimant_card_id": card_id,
        "claimant_text": None if card_id is not None else annotation.claimant,
        "note": annotation.note,
        "tags": annotation.tags,
        "reviewer": annotation.reviewer,
        "evidence": [(url, citation, "") for url, citation in annotation.evidence],
    }


if TYPE_CHECKING:
    from desktop.bulk_import import ImportProgress, ImportSummary
    from desktop.export import ExportFormat, ExportResult
    from desktop.export.anchoring import AnnotationImportReport, ClaimAnnotation
    from desktop.export.sheet import FactSheet
