"""Plain data that extraction returns. Nothing here knows about Django."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class ExtractionError(ValueError):
    """Input that cannot be turned into a report; the message is shown to the user."""


@dataclass
class QuoteFound:
    text: str
    start: int  # offsets into the clean body; body[start:end] == text
    end: int
    speaker: str | None = None  # canonical actor name
    from_cable: bool = False
    is_phrase: bool = False  # one- or two-word scare quotes, titles


@dataclass
class ActorFound:
    name: str
    kind: str  # "person" | "organisation" | "place"
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1


@dataclass
class CableFound:
    reference: str | None = None
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    origin: str | None = None
    classification: str | None = None
    subject: str | None = None
    # Original cable texts only:
    author: str | None = None
    signature: str | None = None  # who signed it, when not its author (see cables.cable_signature)
    text: str | None = None
    released: str | None = None
    tags: list[str] = field(default_factory=list)
    # The date of an event the article says the cable reports (not exported in the
    # stable JSON shape, kept for linking).
    event_date: str | None = None

    def as_mention(self) -> dict:
        return {
            "reference": self.reference,
            "date": self.date,
            "origin": self.origin,
            "classification": self.classification,
            "subject": self.subject,
        }

    def as_original(self) -> dict:
        return {**self.as_mention(), "author": self.author, "text": self.text}


@dataclass
class Report:
    file: str
    title: str
    source: str | None
    published: date | None
    body: str
    url: str | None = None
    byline: str | None = None  # the author(s) as printed: "Jane Doe", "Jane Doe | Agency"
    place: str | None = None  # the dateline's place: "Islamabad", "New Delhi"
    quotes: list[QuoteFound] = field(default_factory=list)
    actors: list[ActorFound] = field(default_factory=list)
    cables: list[CableFound] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "body": self.body,
            "byline": self.byline,
            "place": self.place,
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "from_cable": q.from_cable, "start": q.start, "end": q.end, "phrase": q.is_phrase}
                for q in self.quotes
            ],
            "actors": [
                {"name": a.name, "kind": a.kind, "role": a.role or None, "aliases": a.aliases} for a in self.actors
            ],
            "cables": [c.as_mention() for c in self.cables],
        }


@dataclass
class KnownActor:
    """An actor the archive already holds: extraction recognises its name and aliases."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str = ""
