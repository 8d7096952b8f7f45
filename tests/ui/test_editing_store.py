"""The editing layer without Qt: a row-version clash is a ConflictError, not a traceback."""

from __future__ import annotations

import pytest
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain import ConflictError
from desktop.services import Library
from desktop.store.editing import editing


def test_a_stale_row_version_becomes_a_conflict_with_a_clear_message(tmp_db_url: str) -> None:
    library = Library.open(tmp_db_url)
    try:
        with pytest.raises(ConflictError) as card_clash, editing(library.store):
            raise StaleDataError(
                "UPDATE statement on table 'fact_card' expected to update 1 row(s); 0 were matched."
            )
        with pytest.raises(ConflictError) as claim_clash, editing(library.store):
            raise StaleDataError(
                "UPDATE statement on table 'claim' expected to update 1 row(s); 0 were matched."
            )
    finally:
        library.close()
    assert card_clash.value.user_message == (
        "This card was changed elsewhere; reload to see the change."
    )
    assert claim_clash.value.user_message == (
        "This claim was changed elsewhere; reload to see the change."
    )
