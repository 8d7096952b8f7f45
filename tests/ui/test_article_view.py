"""The article view: exact body offsets under a header, and no remote content."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.domain import ArticleDetail
from desktop.ui.article_view import ArticleView

# Non-BMP characters (emoji) are one Python character but two Qt positions.
BODY = "Erster Absatz mit 🙂 und Maduro.\n\nZweiter Absatz: 🇻🇪 Maduro sprach am Samstag."


def article(body: str = BODY) -> ArticleDetail:
    return ArticleDetail(
        id=1,
        title="Überschrift",
        author="Jane Doe",
        dateline="CARACAS",
        agency="Reuters",
        site=None,
        published_on=dt.date(2022, 3, 5),
        language="de",
        source_path=None,
        source_url="https://example.org/story",
        body=body,
        body_hash="x",
        imported_at=dt.datetime(2022, 3, 6, 9, 0),
        pipeline=None,
        extracted_at=None,
        version=1,
    )


def test_body_offsets_map_to_the_same_text_below_the_header(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article(), ["By Jane Doe · CARACAS · Reuters", "5 March 2022"])

    shown = view.toPlainText()
    assert shown.startswith("Überschrift\nBy Jane Doe")
    assert shown.endswith(BODY)
    for word in ("Maduro", "Samstag", "🙂"):
        start = BODY.index(word)
        assert view.body_text_at(start, start + len(word)) == word
    second = BODY.rindex("Maduro")
    assert view.body_text_at(second, second + 6) == "Maduro"  # after two emoji


def test_highlight_marks_each_span_and_clears(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article(), [])
    spans = [
        (BODY.index("Maduro"), BODY.index("Maduro") + 6),
        (BODY.rindex("Maduro"), BODY.rindex("Maduro") + 6),
    ]

    view.highlight(spans, QColor("#d6e6f8"))
    assert view.highlighted_spans() == [
        (view.document_position(s), view.document_position(e)) for s, e in spans
    ]
    view.highlight([(5, len(BODY) + 10)], QColor("#d6e6f8"))  # out of range: ignored
    assert view.highlighted_spans() == []


def test_remote_resources_are_never_loaded(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    resource = QTextDocument.ResourceType.ImageResource.value
    assert view.loadResource(resource, QUrl("https://tracker.example/pixel.gif")) is None
    assert view.loadResource(resource, QUrl("http://example.org/a.png")) is None
    view.setHtml('<p>x<img src="https://tracker.example/pixel.gif"></p>')
    assert view.toPlainText().startswith("x")
