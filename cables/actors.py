"""One real actor under one name, whatever order reports and cables arrive in."""
from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Q

from .extraction.gazetteer import is_generic_body_name
from .models import Actor, ActorKind, ActorName, ActorRedirect, ArticleActor, CableActor, Quote, name_key, surname_key


def _same_person(a: str, b: str) -> bool:
    """'Tamer Lusanji' and 'Tamer Obari Lusanji': same first and last name; 'Lusanji' and
    'Tamer Obari Lusanji': a surname alone and a full name ending in it; 'Obari Lusanji'
    and 'Tamer Obari Lusanji': a name of two words or more that ends a longer one (reports
    drop a first given name the person is rarely called by). Words compare as surnames do,
    so 'Tamer Lusanni' and 'Tamer Lusani' are one person too."""
    x, y = [surname_key(w) for w in a.split()], [surname_key(w) for w in b.split()]
    if len(x) == 1 or len(y) == 1:
        return x[-1] == y[-1] and a.lower().split() != b.lower().split()
    shorter, longer = sorted((x, y), key=len)
    return (x[0] == y[0] and x[-1] == y[-1]) or longer[-len(shorter):] == shorter


def _ordered(actors) -> list[Actor]:
    """Distinct actors in the archive's order (name, then pk), as a query would list them."""
    return sorted({a.pk: a for a in actors}.values(), key=lambda a: (a.name, a.pk))


def _surname_key(name: str) -> str:
    words = name.split()
    return surname_key(words[-1]) if words else ""


class ActorNames:
    """The rows of the name table (ActorName) that some names can match, read in one
    query by its indexes: a name or alias itself, and for people the full names ending
    in its last word. `find` then answers for each of those names without the database;
    `saved` keeps the rows in step with what this transaction writes."""

    def __init__(self, wanted: list[tuple[str, str]]):
        """`wanted`: (name, kind) of every name that may be looked up, aliases included."""
        keys = {name_key(name) for name, _ in wanted} - {""}
        surnames = {_surname_key(name) for name, kind in wanted if kind == ActorKind.PERSON} - {""}
        self._rows: dict[int, list[ActorName]] = {}  # actor pk -> its rows
        self._by_key: dict[tuple[str, str], dict[int, ActorName]] = {}  # (kind, key) -> rows by actor pk
        self._by_surname: dict[tuple[str, str], dict[int, ActorName]] = {}
        if keys or surnames:
            condition = Q(key__in=keys) | Q(canonical=True, surname__in=surnames)
            # Each side of the OR by its own index (SQLite's multi-index OR, PostgreSQL's bitmap OR).
            for row in ActorName.objects.filter(condition).select_related("actor").order_by():
                self._add(row)

    def _add(self, row: ActorName) -> None:
        self._rows.setdefault(row.actor_id, []).append(row)
        self._by_key.setdefault((row.kind, row.key), {})[row.pk or id(row)] = row
        if row.canonical and row.surname:
            self._by_surname.setdefault((row.kind, row.surname), {})[row.pk or id(row)] = row

    def saved(self, actor: Actor) -> None:
        """The actor was created or changed: its rows are now those its names give."""
        for row in self._rows.pop(actor.pk, []):
            self._by_key.get((row.kind, row.key), {}).pop(row.pk or id(row), None)
            if row.canonical and row.surname:
                self._by_surname.get((row.kind, row.surname), {}).pop(row.pk or id(row), None)
        for row in actor.name_rows():
            row.actor = actor
            self._add(row)

    def find(self, name: str, kind: str) -> Actor | None:
        """The actor a report's name means: its canonical name, else an alias, else (for
        a person) a fuller or shorter form of the same name. A bare surname several
        known people share resolves to none of them (the report's own full mention decides)."""
        rows = self._by_key.get((kind, name_key(name)), {}).values()
        by_name = _ordered(r.actor for r in rows if r.canonical)
        if by_name:
            return by_name[0]
        by_alias = _ordered(r.actor for r in rows if not r.canonical)
        if kind == ActorKind.ORGANISATION and is_generic_body_name(name):
            return None  # "Embassy", learnt as one embassy's alias, is no name for it in another report
        if len(by_alias) == 1 or (by_alias and " " in name.strip()):
            return by_alias[0]
        if by_alias:
            return None  # a bare surname several people share: do not guess
        if kind == ActorKind.PERSON:
            candidates = _ordered(
                r.actor for r in self._by_surname.get((kind, _surname_key(name)), {}).values() if _same_person(r.actor.name, name)
            )
            if len(candidates) == 1:  # two people share the surname: do not guess
                return candidates[0]
        # A body is never found by the initials of its name alone: across a world of
        # reports one acronym stands for many bodies. A report that spells it out
        # joins them (find_with_aliases).
        return None

    def find_with_aliases(self, name: str, kind: str, aliases=()) -> Actor | None:
        """The actor a report's name means, or else the one an alias it gives means: a
        report that spells an acronym out ("KLF", "Kito Liberation Front") is about the
        actor the archive knows by either. A person's alias of one word (a surname) is
        not used: several known people can share it."""
        found = self.find(name, kind)
        for alias in aliases:
            if found is not None:
                break
            if alias != name and (kind != ActorKind.PERSON or len(alias.split()) > 1) and not _narrowed_by_place(name, alias):
                found = self.find(alias, kind)
        return found


def _narrowed_by_place(name: str, alias: str) -> bool:
    """'Kito embassy in Obari' with its alias 'Kito embassy': the report names one place's
    body; the shorter name is every such body's (the embassy in another capital), so it
    finds none of them for this report."""
    rest = name[len(alias) :].lower() if name.lower().startswith(alias.lower()) else ""
    return rest.startswith((" in ", " at ", " to "))


def find_actor(name: str, kind: str) -> Actor | None:
    """The actor a name means (see ActorNames.find): one query by the name table's indexes,
    however large the archive."""
    return ActorNames([(name, kind)]).find(name, kind)


def _enriched(actor: Actor, name: str, kind: str, role: str, aliases) -> bool:
    """Add to the actor what this mention knows and it does not; whether anything changed."""
    changed = False
    if kind == ActorKind.PERSON and len(name.split()) > len(actor.name.split()) and _same_person(actor.name, name):
        # The fuller name wins; the shorter one stays findable as an alias.
        actor.aliases = [*actor.aliases, actor.name]
        actor.name = name
        changed = True
    elif name_key(name) == name_key(actor.name) and _capitalised_words(name) > _capitalised_words(actor.name) and not _name_taken(actor, name, kind):
        # "Kito relief committee" in one report, "Kito Relief Committee" in another: the
        # name reads as a name once a report capitalises it (the address stays).
        actor.name = name
        changed = True
    # The name this mention used is an alias too when it is one an actor can be found by
    # ("KLF" for the front it abbreviates); not a person's bare surname, which others share.
    heard = [name] if kind != ActorKind.PERSON or len(name.split()) > 1 else []
    new_aliases = []
    for alias in (*heard, *aliases):
        if alias.lower() != actor.name.lower() and alias.lower() not in (x.lower() for x in [*actor.aliases, *new_aliases]):
            new_aliases.append(alias)
    if new_aliases:
        actor.aliases = [*actor.aliases, *new_aliases]
        changed = True
    if role and not actor.role:
        actor.role = role
        changed = True
    return changed


def _capitalised_words(name: str) -> int:
    return sum(word[0].isupper() for word in name.split())


def _name_taken(actor: Actor, name: str, kind: str) -> bool:
    """Another actor of the kind already has exactly this name (the admin can make one)."""
    return Actor.objects.filter(name=name, kind=kind).exclude(pk=actor.pk).exists()


def upsert_actor(name: str, kind: str, role: str = "", aliases: list[str] = (), names: ActorNames | None = None) -> Actor:
    """The actor with this name (or alias); created, or enriched with what is new.

    `names`: the name table's rows for this and the other names being upserted in the
    same transaction (one query for a whole report instead of one or two per name).
    """
    names = ActorNames([(n, kind) for n in (name, *aliases)]) if names is None else names
    actor = names.find_with_aliases(name, kind, aliases)
    if actor is None:
        try:
            # A concurrent ingest may create the same actor first: the insert runs in a
            # savepoint of its own (see save_with_free_slug), so this transaction goes on.
            actor = Actor.objects.create(name=name, kind=kind, role=role, aliases=[a for a in aliases if a != name])
            names.saved(actor)
            return actor
        except IntegrityError:
            actor = find_actor(name, kind)  # committed by the other transaction
            if actor is None:
                raise
    if not _enriched(Actor(name=actor.name, aliases=list(actor.aliases), role=actor.role), name, kind, role, aliases):
        return actor  # nothing new: no lock, no write
    # Locked until this transaction ends, so names added by a concurrent one are kept.
    actor = Actor.objects.select_for_update().get(pk=actor.pk)
    if _enriched(actor, name, kind, role, aliases):
        actor.save()
    names.saved(actor)
    return actor


def count_mentions(through, actor: Actor, mentions: int, role: str = "", **owner) -> None:
    """Record that an article or cable names an actor; several surface names that turned
    out to be one actor add up."""
    defaults = {"mentions": mentions, **({"role": role} if role else {})}
    mention, created = through.objects.get_or_create(actor=actor, defaults=defaults, **owner)
    if not created:
        mention.mentions += mentions
        fields = ["mentions"]
        if role and hasattr(mention, "role") and not mention.role:
            mention.role = role
            fields.append("role")
        mention.save(update_fields=fields)


@transaction.atomic
def merge_actors(survivor: Actor, merged: list[Actor]) -> Actor:
    """Fold actors into one: quotes, mentions and aliases move; the old names stay findable
    as aliases and the old addresses redirect. Saved object by object so history and the
    search index follow every change."""
    aliases = list(survivor.aliases)
    for other in merged:
        if other.pk == survivor.pk:
            continue
        for quote in Quote.objects.filter(speaker=other):
            quote.speaker = survivor
            quote.save(update_fields=["speaker"])
        for through, field in ((ArticleActor, "article"), (CableActor, "cable")):
            for mention in through.objects.filter(actor=other):
                owner = {field: getattr(mention, field)}
                mention.delete()
                count_mentions(through, survivor, mention.mentions, getattr(mention, "role", ""), **owner)
        for name in [other.name, *other.aliases]:
            if name.lower() != survivor.name.lower() and name.lower() not in (a.lower() for a in aliases):
                aliases.append(name)
        survivor.role = survivor.role or other.role
        ActorRedirect.objects.filter(actor=other).update(actor=survivor)
        ActorRedirect.objects.update_or_create(slug=other.slug, defaults={"actor": survivor})
        other.delete()
    survivor.aliases = aliases
    survivor.save()
    return survivor
