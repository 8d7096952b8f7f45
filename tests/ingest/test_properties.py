"""Any non-blank text becomes an article with a non-empty, tidy body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import IngestError
from desktop.ingest import body_hash, read_text
from desktop.ingest.text import clean_characters

_LINES = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=80),
        st.sampled_from(
            [
                "",
                "Von Jane Doe",
                "BERLIN (dpa) - Text.",
                "(Reuters)",
                "© dpa",
                "Mehr zum Thema",
                "\u200b",
                "\u00ad",
                "\ufeff",
                "\u00a0",
            ]
        ),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_LINES)
def test_body_is_never_empty_and_has_no_stray_whitespace(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        draft = read_text(text)
    except IngestError:
        assert not clean_characters(text).strip()  # refused only when there is no text
        return
    assert draft.body.strip()
    for paragraph in draft.body.split("\n\n"):
        assert paragraph == paragraph.strip()
        assert "\n" not in paragraph
        assert "  " not in paragraph
    assert body_hash(draft.body) == body_hash(draft.body.replace("\n", "\r\n"))
