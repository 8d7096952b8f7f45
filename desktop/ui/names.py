"""Display names of the closed sets the domain and extraction use, in one place.

Kinds and verdicts are enums (``desktop.domain``); stances, source kinds and the types of
organisations and places are fixed values the rules and gazetteers write into card
attributes. Each maps to a translatable name here, so no widget shows ``in_force`` or
``MOSTLY_TRUE``. A value without a name (typed by a user) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain import FactKind, Verdict


def kind_name(kind: FactKind | str) -> str:
    """One card's kind: "Actor", "Organisation", …"""
    names = {
        FactKind.ACTOR: QCoreApplication.translate("names", "Actor"),
        FactKind.ORGANISATION: QCoreApplication.translate("names", "Organisation"),
        FactKind.PLACE: QCoreApplication.translate("names", "Place"),
        FactKind.SANCTION: QCoreApplication.translate("names", "Sanction"),
        FactKind.DATE: QCoreApplication.translate("names", "Date"),
        FactKind.SOURCE: QCoreApplication.translate("names", "Source"),
    }
    return names[FactKind(kind)]


def kind_tag(kind: FactKind | str) -> str:
    """A kind as a tag after a card's label in menus and lists: "Venezuela (place)"."""
    tags = {
        FactKind.ACTOR: QCoreApplication.translate("names", "actor"),
        FactKind.ORGANISATION: QCoreApplication.translate("names", "organisation"),
        FactKind.PLACE: QCoreApplication.translate("names", "place"),
        FactKind.SANCTION: QCoreApplication.translate("names", "sanction"),
        FactKind.DATE: QCoreApplication.translate("names", "date"),
        FactKind.SOURCE: QCoreApplication.translate("names", "source"),
    }
    return tags[FactKind(kind)]


def kind_title(kind: FactKind | str) -> str:
    """A group of cards of one kind: "Actors", "Organisations", …"""
    titles = {
        FactKind.ACTOR: QCoreApplication.translate("names", "Actors"),
        FactKind.ORGANISATION: QCoreApplication.translate("names", "Organisations"),
        FactKind.PLACE: QCoreApplication.translate("names", "Places"),
        FactKind.SANCTION: QCoreApplication.translate("names", "Sanctions"),
        FactKind.DATE: QCoreApplication.translate("names", "Dates"),
        FactKind.SOURCE: QCoreApplication.translate("names", "Sources"),
    }
    return titles[FactKind(kind)]


def verdict_title(verdict: Verdict | str) -> str:
    titles = {
        Verdict.UNVERIFIED: QCoreApplication.translate("names", "Unverified"),
        Verdict.TRUE: QCoreApplication.translate("names", "True"),
        Verdict.MOSTLY_TRUE: QCoreApplication.translate("names", "Mostly true"),
        Verdict.MIXED: QCoreApplication.translate("names", "Mixed"),
        Verdict.MISLEADING: QCoreApplication.translate("names", "Misleading"),
        Verdict.FALSE: QCoreApplication.translate("names", "False"),
        Verdict.UNVERIFIABLE: QCoreApplication.translate("names", "Unverifiable"),
    }
    return titles[Verdict(verdict)]


def stance_title(stance: str) -> str:
    """A sanction's stance as written by the sanction rules (``resources/nlp/sanctions.json``)."""
    titles = {
        "in_force": QCoreApplication.translate("names", "in force"),
        "imposed": QCoreApplication.translate("names", "imposed"),
        "extended": QCoreApplication.translate("names", "extended"),
        "eased": QCoreApplication.translate("names", "eased"),
        "lifted": QCoreApplication.translate("names", "lifted"),
        "refused_to_lift": QCoreApplication.translate("names", "refused to lift"),
        "threatened": QCoreApplication.translate("names", "threatened"),
        "considered": QCoreApplication.translate("names", "considered"),
    }
    return titles.get(stance, stance.replace("_", " "))


def source_kind_title(kind: str) -> str:
    """A source's kind as written by the source rules (``desktop/nlp/sources.py``)."""
    titles = {
        "person": QCoreApplication.translate("names", "person"),
        "official": QCoreApplication.translate("names", "official"),
        "government": QCoreApplication.translate("names", "government"),
        "organisation": QCoreApplication.translate("names", "organisation"),
        "news agency": QCoreApplication.translate("names", "news agency"),
        "news outlet": QCoreApplication.translate("names", "news outlet"),
        "anonymous": QCoreApplication.translate("names", "anonymous"),
    }
    return titles.get(kind, kind)


def type_title(kind: str) -> str:
    """An organisation's or place's type as the gazetteers write it (``resources/gazetteers``)."""
    titles = {
        "country": QCoreApplication.translate("names", "country"),
        "city": QCoreApplication.translate("names", "city"),
        "capital": QCoreApplication.translate("names", "capital"),
        "region": QCoreApplication.translate("names", "region"),
        "company": QCoreApplication.translate("names", "company"),
        "government body": QCoreApplication.translate("names", "government body"),
        "international organisation": QCoreApplication.translate(
            "names", "international organisation"
        ),
        "news agency": QCoreApplication.translate("names", "news agency"),
        "news outlet": QCoreApplication.translate("names", "news outlet"),
        "party": QCoreApplication.translate("names", "party"),
        "armed group": QCoreApplication.translate("names", "armed group"),
        "sports body": QCoreApplication.translate("names", "sports body"),
        "organisation": QCoreApplication.translate("names", "organisation"),
        "other": QCoreApplication.translate("names", "other"),
    }
    return titles.get(kind, kind)


def quoted(text: str) -> str:
    """Quoted text in the interface language's marks: “…” in English, „…“ in German."""
    return QCoreApplication.translate("names", "“{0}”").format(text)
