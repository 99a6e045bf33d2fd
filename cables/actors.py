"""One real actor under one name, whatever order reports and cables arrive in."""
from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Q

from .models import Actor, ActorKind, ActorRedirect, ArticleActor, CableActor, Quote


def _same_person(a: str, b: str) -> bool:
    """'Ashfaq Kayani' and 'Ashfaq Pervez Kayani': same first and last name; 'Zardari' and
    'Asif Ali Zardari': a surname alone and a full name ending in it."""
    x, y = a.lower().split(), b.lower().split()
    if len(x) == 1 or len(y) == 1:
        return x[-1] == y[-1] and x != y
    return x[0] == y[0] and x[-1] == y[-1]


def find_actor(name: str, kind: str) -> Actor | None:
    actor = Actor.objects.filter(name__iexact=name, kind=kind).first()
    if actor:
        return actor
    # JSON containment is not portable (SQLite lacks it): narrow by text, confirm in Python.
    for candidate in Actor.objects.filter(kind=kind, aliases__icontains=name):
        if name.lower() in (alias.lower() for alias in candidate.aliases):
            return candidate
    if kind == ActorKind.PERSON:
        last = name.split()[-1]
        candidates = [
            c for c in Actor.objects.filter(kind=kind).filter(Q(name__iendswith=" " + last) | Q(name__iexact=last))
            if _same_person(c.name, name)
        ]
        if len(candidates) == 1:  # two people share the surname: do not guess
            return candidates[0]
    return None


def upsert_actor(name: str, kind: str, role: str = "", aliases: list[str] = ()) -> Actor:
    """The actor with this name (or alias); created, or enriched with what is new."""
    actor = find_actor(name, kind)
    if actor is None:
        try:
            with transaction.atomic():  # a savepoint: a concurrent ingest may create the same actor first
                return Actor.objects.create(name=name, kind=kind, role=role, aliases=[a for a in aliases if a != name])
        except IntegrityError:
            actor = find_actor(name, kind)  # committed by the other transaction
            if actor is None:
                raise
    # Locked until this transaction ends, so names added by a concurrent one are kept.
    actor = Actor.objects.select_for_update().get(pk=actor.pk)
    changed = False
    if kind == ActorKind.PERSON and len(name.split()) > len(actor.name.split()) and _same_person(actor.name, name):
        # The fuller name wins; the shorter one stays findable as an alias.
        actor.aliases = [*actor.aliases, actor.name]
        actor.name = name
        changed = True
    new_aliases = [a for a in aliases if a != actor.name and a.lower() not in (x.lower() for x in actor.aliases)]
    if new_aliases:
        actor.aliases = [*actor.aliases, *new_aliases]
        changed = True
    if role and not actor.role:
        actor.role = role
        changed = True
    if changed:
        actor.save()
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
