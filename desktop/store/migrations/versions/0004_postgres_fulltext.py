"""postgres full text: search configurations, index, folding and counter triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 14:45:00.000000

On PostgreSQL this gives the database what SQLite gets from FTS5 and its triggers
(revisions 0001-0003): a GIN index over each article's title and body, searched with the
German or English configuration by article language, accent-free through ``unaccent``; the
``fs_fold`` function the search filters call; and the ``claim_count`` and ``source_name``
columns kept by triggers. On SQLite it does nothing.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    accent_free = _create_unaccent()
    for name, base in (("german", "german"), ("english", "english"), ("simple", "simple")):
        _create_configuration(name, base, accent_free)
    fold = "lower(unaccent('unaccent', value))" if accent_free else "lower(value)"
    for statement in _functions(fold):
        op.execute(statement)
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute(
        "CREATE INDEX IF NOT EXISTS article_fts_document ON article "
        "USING gin (fs_document(language, title, body))"
    )
    # Rows written before these triggers existed (an older library moved to PostgreSQL).
    op.execute("UPDATE article SET source_name = coalesce(agency, site, '')")
    op.execute(
        "UPDATE article SET claim_count = "
        "(SELECT count(*) FROM claim WHERE claim.article_id = article.id)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS article_fts_document")
    op.execute("DROP TRIGGER IF EXISTS article_claim_count ON claim")
    op.execute("DROP TRIGGER IF EXISTS article_source_name ON article")
    for function in (
        "fs_claim_count()",
        "fs_source_name()",
        "fs_document(text, text, text)",
        "fs_config(text)",
        "fs_fold(text)",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    for name in ("german", "english", "simple"):
        op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS fs_{name}")
    for name in ("german", "english"):
        op.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS fs_{name}_stem")


def _create_unaccent() -> bool:
    """``unaccent`` (contrib, shipped with Debian's ``postgresql``) when the server has it;
    without it search still works but is no longer accent-insensitive."""
    bind = op.get_bind()
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'"
    ).scalar()
    if available is None:
        return False
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    return True


def _create_configuration(name: str, base: str, accent_free: bool) -> None:
    """``fs_german`` etc.: the built-in configuration with accents removed before stemming,
    so the index, the query and ``ts_headline`` all see ``Gespräche`` as ``gesprach``; and
    without stop words, so that, as with FTS5, every word typed must be found."""
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS fs_{name}")
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION fs_{name} (COPY = {base})")
    dictionary = "simple"
    if base != "simple":
        dictionary = f"fs_{base}_stem"
        op.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {dictionary}")
        op.execute(
            f"CREATE TEXT SEARCH DICTIONARY {dictionary} (TEMPLATE = snowball, Language = {base})"
        )
    chain = f"unaccent, {dictionary}" if accent_free else dictionary
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION fs_{name} ALTER MAPPING FOR "
        f"asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH {chain}"
    )


def _functions(fold: str) -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION fs_fold(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT {fold} $$""",
        # Declared immutable (the regconfig cast is only stable) so an index can use it:
        # the configurations are created here and never renamed.
        """CREATE OR REPLACE FUNCTION fs_config(language text) RETURNS regconfig
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE
                WHEN language = 'de' OR language LIKE 'de-%' THEN 'fs_german'::regconfig
                WHEN language = 'en' OR language LIKE 'en-%' THEN 'fs_english'::regconfig
                ELSE 'fs_simple'::regconfig
            END $$""",
        """CREATE OR REPLACE FUNCTION fs_document(language text, title text, body text)
            RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT setweight(to_tsvector(fs_config(language), coalesce(title, '')), 'A')
                || setweight(to_tsvector(fs_config(language), coalesce(body, '')), 'B') $$""",
    ]


# The same counters SQLite keeps with triggers in revisions 0002 and 0003.
TRIGGERS = [
    """CREATE OR REPLACE FUNCTION fs_claim_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE article SET claim_count = claim_count + 1 WHERE id = NEW.article_id;
        ELSE
            UPDATE article SET claim_count = claim_count - 1 WHERE id = OLD.article_id;
        END IF;
        RETURN NULL;
    END $$""",
    "DROP TRIGGER IF EXISTS article_claim_count ON claim",
    """CREATE TRIGGER article_claim_count AFTER INSERT OR DELETE ON claim
        FOR EACH ROW EXECUTE FUNCTION fs_claim_count()""",
    """CREATE OR REPLACE FUNCTION fs_source_name() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.source_name := coalesce(NEW.agency, NEW.site, '');
        RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS article_source_name ON article",
    """CREATE TRIGGER article_source_name BEFORE INSERT OR UPDATE OF agency, site ON article
        FOR EACH ROW EXECUTE FUNCTION fs_source_name()""",
]
