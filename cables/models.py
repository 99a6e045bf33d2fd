"""The archive: articles, the quotes they print, the actors they name, the cables they report."""
from __future__ import annotations

import re

from django.core.validators import URLValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Upper
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"
    PLACE = "place", "Place"


class DatePrecision(models.TextChoices):
    YEAR = "year", "Year"
    MONTH = "month", "Month"
    DAY = "day", "Day"


class Match(models.TextChoices):
    """How a news quote stands in its cable's text."""

    VERBATIM = "verbatim", "Verbatim"
    CLOSE = "close", "Close"
    NONE = "none", "Not found"


class LinkMethod(models.TextChoices):
    PRINTED = "printed", "Reference printed in the report"
    QUOTES = "quotes", "The report's quotes are in the cable"
    PROPOSED = "proposed", "Proposed by date and origin"
    MENTION = "mention", "Described by the report"
    CURATOR = "curator", "Linked by a curator"


class QuoteStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


def unique_slug(model, text: str, *, max_length: int = 80, exclude_pk=None) -> str:
    base = slugify(text)[:max_length].strip("-") or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug = f"{base[: max_length - 4]}-{n}"
        n += 1
    return slug


SLUG_ATTEMPTS = 10


def save_with_free_slug(instance, text: str, save, using=None) -> None:
    """Save a new row under a slug no other row has.

    Another transaction (a second ingest, another server) can take the same slug
    between the check and the insert; PostgreSQL then refuses the insert once that
    transaction commits. The insert is tried again, in a savepoint, with the next
    free slug. Any other conflict (an actor's name and kind) is raised for the
    caller to resolve.
    """
    if instance.slug:
        save()
        return
    model = type(instance)
    for attempt in range(SLUG_ATTEMPTS):
        instance.slug = unique_slug(model, text)
        try:
            with transaction.atomic(using=using):
                save()
            return
        except IntegrityError:
            taken = model.objects.filter(slug=instance.slug).exists()
            instance.slug = ""
            if not taken or attempt == SLUG_ATTEMPTS - 1:
                raise


class RemembersLoadedKeys:
    """Remembers the foreign keys a row was read with (`loaded_keys`), so that moving it
    (a quote to another article) refreshes the search documents it leaves as well as
    those it joins. Keys left out of the query (`only()`, `defer()`) are not read for it."""

    remembered_keys: tuple[str, ...] = ()

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.loaded_keys = {key: instance.__dict__[key] for key in cls.remembered_keys if key in instance.__dict__}
        return instance


def _count(rows: models.QuerySet, outer: str, *, distinct: str = "pk"):
    """How many of `rows` point at the outer row through `outer` (distinct values of
    `distinct`), as a correlated subquery. Several counts joined into one query multiply
    each other's rows (an actor's quotes × its articles × its cables: millions of rows
    for a well-known name in a large archive); each subquery reads only its own."""
    counted = rows.filter(**{outer: OuterRef("pk")}).order_by().values(outer).annotate(n=Count(distinct, distinct=True))
    return Coalesce(Subquery(counted.values("n")), 0)


class ActorQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            quote_count=_count(Quote.objects.exclude(status=QuoteStatus.REJECTED), "speaker"),
            article_count=_count(ArticleActor.objects.all(), "actor", distinct="article"),
            cable_count=_count(CableActor.objects.all(), "actor", distinct="cable"),
        )

    def most_quoted(self):
        return self.with_counts().filter(quote_count__gt=0).order_by("-quote_count", "name", "pk")

    def named(self, text: str):
        """The actors a typed name or an address means: an actor's slug (or the slug of
        one merged into it), else its name, else an alias, in any case."""
        text = text.strip()
        by_slug = self.filter(Q(slug=text) | Q(redirects__slug=text))
        if by_slug.exists():
            return by_slug
        rows = ActorName.objects.filter(key=name_key(text))
        canonical = self.filter(pk__in=rows.filter(canonical=True).values("actor"))
        return canonical if canonical.exists() else self.filter(pk__in=rows.values("actor"))


class Actor(models.Model):
    name = models.CharField(max_length=200, help_text="Canonical name, without titles (Gen, President, Mr).")
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=ActorKind.choices, default=ActorKind.PERSON)
    role = models.CharField(max_length=200, blank=True, help_text="What the actor is, as reports describe them.")
    aliases = models.JSONField(
        default=list, blank=True, help_text="Other names that mean this actor (surname, titled form, acronym)."
    )

    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        # Every ordering ends in a unique key: PostgreSQL returns tied rows in any order,
        # and a page or a search document must read the same each time.
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["name", "kind"], name="actor_unique_name_kind")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        save_with_free_slug(self, self.name, lambda: super(Actor, self).save(*args, **kwargs), kwargs.get("using"))

    def get_absolute_url(self):
        return reverse("cables:actor_detail", kwargs={"slug": self.slug})

    def name_rows(self) -> list[ActorName]:
        """The rows of the name table this actor should have, from its name and aliases."""
        return [
            ActorName(actor=self, kind=self.kind, key=key, canonical=canonical, surname=surname)
            for key, canonical, surname in name_table_rows(self.name, self.kind, self.aliases or [])
        ]

    def sync_names(self, using=None, *, created: bool = False) -> None:
        """Write this actor's rows of the name table again (after every save, in its transaction)."""
        using = using or self._state.db
        wanted = self.name_rows()
        if created:  # a new row has no names yet
            ActorName.objects.using(using).bulk_create(wanted)
            return
        have = list(ActorName.objects.using(using).filter(actor=self).values_list("key", "canonical", "surname", "kind"))
        if sorted(have) == sorted((r.key, r.canonical, r.surname, r.kind) for r in wanted):
            return
        ActorName.objects.using(using).filter(actor=self).delete()
        ActorName.objects.using(using).bulk_create(wanted)


def name_key(name: str) -> str:
    """How a name is compared: case does not matter, nor spaces around it."""
    return name.strip().lower()


_DOUBLED_LETTER = re.compile(r"(\w)\1+")


def surname_key(word: str) -> str:
    """How a surname is compared: as a name, and a doubled letter counts once, since
    transliterations of one name differ by it ("Obarri", "Obari"). Not in short words or
    capitals, where it tells names apart ("II" and "I" after a king's name)."""
    key = name_key(word)
    return key if len(key) < 4 or word.isupper() else _DOUBLED_LETTER.sub(r"\1", key)


def name_table_rows(name: str, kind: str, aliases) -> list[tuple[str, bool, str]]:
    """(key, canonical, surname) for each row of the name table an actor has: its name
    and each alias."""
    words = name.split()
    surname = surname_key(words[-1]) if words and kind == ActorKind.PERSON else ""
    rows = [(name_key(name), True, surname)]
    keys = {rows[0][0]}
    for alias in aliases:
        key = name_key(str(alias))
        if key and key not in keys:
            keys.add(key)
            rows.append((key, False, ""))
    return rows


class ActorName(models.Model):
    """One name an actor is known by, its canonical name or an alias, as a row of its own.

    Ingest looks every name a report mentions up here by an index, instead of reading
    every actor's aliases (a scan that grew with the archive). Derived from
    Actor.name and Actor.aliases and written again whenever an actor is saved
    (see Actor.sync_names): never edited by hand.
    """

    actor = models.ForeignKey("Actor", on_delete=models.CASCADE, related_name="names")
    kind = models.CharField(max_length=20, choices=ActorKind.choices)  # the actor's: every lookup is by kind (checked on the rows found)
    key = models.TextField()  # name_key() of the name
    canonical = models.BooleanField()  # the actor's name rather than an alias
    # A person's surname (surname_key of the canonical name's last word): "Tamer Lusanji"
    # finds "Tamer Obari Lusanji", "Lusanji" finds "Tamer Obari Lusanji". Blank otherwise.
    surname = models.TextField(blank=True)

    class Meta:
        ordering = ["actor", "pk"]
        indexes = [
            # A name or alias as a report prints it.
            models.Index(fields=["key"], name="actor_name_key_idx"),
            # People whose full name ends in a surname a report prints alone.
            models.Index(fields=["surname"], name="actor_name_surname_idx"),
        ]

    def __str__(self):
        return f"{self.key} → {self.actor_id}"


@receiver(post_save, sender=Actor, dispatch_uid="actor-name-table")
def _actor_saved(sender, instance: Actor, using, created, **kwargs) -> None:
    # Every save, a fixture's raw one included: the admin's edits, merges, restoring
    # an earlier version from history, ingest's upserts.
    instance.sync_names(using, created=created)


class CableQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            article_count=_count(CableLink.objects.all(), "cable", distinct="article"),
            quote_count=_count(Quote.objects.all(), "cable"),
        )

    def written_by(self, actor):
        """Cables the actor classified or signed, by any of their names ('Mulford' signs
        for 'David C. Mulford')."""
        from .actors import _same_person

        names = [actor.name, *actor.aliases]
        condition = Q()
        for name in names:
            condition |= Q(author__iexact=name) | Q(signature__iexact=name)
        if actor.kind == ActorKind.PERSON:
            surname = actor.name.split()[-1]
            condition |= Q(author__iendswith=surname) | Q(signature__iendswith=surname)
        found = self.filter(condition).exclude(text="")
        return [
            c for c in found
            if any(n.lower() in (c.author.lower(), c.signature.lower()) for n in names)
            or any(v and _same_person(v, actor.name) for v in (c.author, c.signature))
        ]

    def received_by(self, actor):
        """Cables sent or copied to the actor (an office named in their TO or INFO lines),
        by any of its names: 'US Embassy in Kabul' receives what 'AMEMBASSY KABUL' was sent."""
        from .extraction.cables import office_key

        keys = {office_key(n) for n in [actor.name, *actor.aliases]} - {""}
        return self.filter(addressees__key__in=keys).exclude(text="").distinct()

    def by_reference(self, reference: str):
        """Cables with this reference ID, in any case, through the index on its
        upper-case form (a case-blind LIKE reads every cable's row)."""
        return self.alias(reference_upper=Upper("reference")).filter(reference_upper=reference.upper())

    def get_by_key(self, key: str):
        """A cable by its reference ID, or by its number when it has none.

        Anything else (no reference is blank, holds a control character or is over
        40 characters; a number is ASCII digits) finds nothing: DoesNotExist.
        """
        if re.fullmatch(r"[0-9]{1,18}", key):
            return self.get(pk=int(key))
        if not key or len(key) > 40 or not key.isprintable():
            raise self.model.DoesNotExist(f"no cable with the reference {key!r}")
        return self.by_reference(key).get()


class Cable(models.Model):
    reference = models.CharField(
        max_length=40, blank=True, help_text="The cable's ID, such as 09ISLAMABAD155; blank when no report printed it."
    )
    subject = models.CharField(max_length=300, blank=True)
    date = models.DateField(null=True, blank=True, help_text="When the cable was written, as precisely as known.")
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    released = models.DateField(null=True, blank=True)
    origin = models.CharField(max_length=200, blank=True, help_text="Sending post, e.g. Embassy Islamabad.")
    classification = models.CharField(max_length=40, blank=True)
    author = models.CharField(max_length=200, blank=True, help_text="Who classified it (the 'Classified By' line), else who signed it.")
    signature = models.CharField(max_length=200, blank=True, help_text="The name it is signed with: the head of the sending post.")
    tags = models.JSONField(default=list, blank=True)
    text = models.TextField(blank=True, help_text="The original cable, when the archive has it.")
    actors = models.ManyToManyField(Actor, through="CableActor", related_name="cables", blank=True)
    # The values as the last ingested file gave them: a later release changes only the
    # fields a curator has not changed since (see ingest.save_cable).
    ingested = models.JSONField(default=dict, blank=True, editable=False)

    objects = CableQuerySet.as_manager()
    # The text is kept in history too: a later release with different text is a new
    # version, and any earlier one can be restored.
    history = HistoricalRecords(excluded_fields=["ingested"])

    class Meta:
        ordering = ["-date", "reference", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["reference"], condition=~Q(reference=""), name="cable_unique_reference")
        ]
        indexes = [models.Index(Upper("reference"), name="cable_reference_upper_idx")]

    def __str__(self):
        return self.reference or self.describe()

    def describe(self) -> str:
        parts = [self.classification.lower(), "cable", f"from {self.origin}" if self.origin else "", f"of {self.date_display}" if self.date else ""]
        text = " ".join(p for p in parts if p)
        return text[:1].upper() + text[1:]

    @property
    def key(self) -> str:
        return self.reference or str(self.pk)

    def paragraphs(self):
        """The cable split into header, summary and numbered paragraphs (see extraction)."""
        from .extraction.cable_text import split_cable

        return split_cable(self.text) if self.text else []

    @property
    def date_display(self) -> str:
        if not self.date:
            return ""
        return {
            DatePrecision.YEAR: self.date.strftime("%Y"),
            DatePrecision.MONTH: self.date.strftime("%B %Y"),
        }.get(self.date_precision, self.date.strftime("%-d %B %Y"))

    @property
    def date_iso(self) -> str | None:
        if not self.date:
            return None
        return {DatePrecision.YEAR: self.date.isoformat()[:4], DatePrecision.MONTH: self.date.isoformat()[:7]}.get(
            self.date_precision, self.date.isoformat()
        )

    def get_absolute_url(self):
        return reverse("cables:cable_detail", kwargs={"key": self.key})


class ArticleQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by(models.F("published").desc(nulls_last=True), "-created", "-pk")

    def publications(self):
        return self.exclude(publication="").order_by("publication").values_list("publication", flat=True).distinct()

    def years(self):
        return self.filter(published__isnull=False).dates("published", "year", order="DESC")


class Article(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    publication = models.CharField(max_length=200, blank=True)
    url = models.URLField(
        max_length=500, blank=True, validators=[URLValidator(schemes=["http", "https"])],
        help_text="Where the report was published, when known (http or https only).",
    )
    published = models.DateField(null=True, blank=True)
    byline = models.CharField(
        max_length=200, blank=True, help_text="The author(s) as the page printed them, e.g. “Jane Doe | Agency”."
    )
    place = models.CharField(
        max_length=100, blank=True, help_text="Where the report was filed from: its dateline, e.g. “Islamabad”."
    )
    body = models.TextField(help_text="The story without site boilerplate; quote offsets point into it.")
    raw = models.TextField(help_text="The input exactly as ingested.")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw input.")
    source_file = models.CharField(max_length=300, blank=True, help_text="File name the report was ingested from.")
    actors = models.ManyToManyField(Actor, through="ArticleActor", related_name="articles")
    cables = models.ManyToManyField(Cable, through="CableLink", related_name="articles", blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["raw", "body"])

    class Meta:
        ordering = ["-published", "-created", "-pk"]
        indexes = [
            # Browsing by publication and year.
            models.Index(fields=["publication", "published"], name="article_pub_date_idx"),
            # Re-ingest finds the earlier version of a changed file.
            models.Index(fields=["source_file"], name="article_source_file_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        save_with_free_slug(self, self.title, lambda: super(Article, self).save(*args, **kwargs), kwargs.get("using"))

    def get_absolute_url(self):
        return reverse("cables:article_detail", kwargs={"slug": self.slug})


class ArticleActor(RemembersLoadedKeys, models.Model):
    """That an article names an actor, how often, and the role it gives them."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="actor_mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="article_mentions")
    mentions = models.PositiveIntegerField(default=1)
    role = models.CharField(max_length=200, blank=True)

    remembered_keys = ("article_id",)

    class Meta:
        ordering = ["-mentions", "actor__name", "pk"]
        constraints = [models.UniqueConstraint(fields=["article", "actor"], name="article_actor_unique")]

    def __str__(self):
        return f"{self.actor} in {self.article}"


class CableActor(RemembersLoadedKeys, models.Model):
    """An actor the cable's own text names."""

    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="actor_mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="cable_mentions")
    mentions = models.PositiveIntegerField(default=1)

    remembered_keys = ("cable_id",)

    class Meta:
        ordering = ["-mentions", "actor__name", "pk"]
        constraints = [models.UniqueConstraint(fields=["cable", "actor"], name="cable_actor_unique")]

    def __str__(self):
        return f"{self.actor} in {self.cable}"


class CableAddressee(models.Model):
    """An office a cable was sent to (TO) or copied to (INFO), from its routing header."""

    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="addressees")
    name = models.CharField(max_length=200)
    part = models.CharField(max_length=4, choices=[("to", "To"), ("info", "Info")])
    # The name as reports' names for the office are compared with it (extraction.cables.office_key).
    key = models.CharField(max_length=200, db_index=True)

    class Meta:
        ordering = ["cable", "-part", "pk"]

    def __str__(self):
        return f"{self.name} ({self.part}) of {self.cable}"


class CableLink(RemembersLoadedKeys, models.Model):
    """That a report is about a cable, how the archive knows, and what the report says of it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="cable_links")
    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="article_links")
    method = models.CharField(max_length=10, choices=LinkMethod.choices, default=LinkMethod.MENTION)
    confirmed = models.BooleanField(default=True, help_text="Proposed links wait for a curator to confirm them.")
    claimed_date = models.DateField(null=True, blank=True, help_text="The cable's date as the report gives it.")
    claimed_precision = models.CharField(max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)
    claimed_origin = models.CharField(max_length=200, blank=True)
    claimed_classification = models.CharField(max_length=40, blank=True)

    remembered_keys = ("article_id", "cable_id")

    class Meta:
        ordering = ["article", "cable"]
        constraints = [models.UniqueConstraint(fields=["article", "cable"], name="cable_link_unique")]

    def __str__(self):
        return f"{self.article} → {self.cable}"

    @property
    def claimed_date_display(self) -> str:
        if not self.claimed_date:
            return ""
        return Cable(date=self.claimed_date, date_precision=self.claimed_precision).date_display

    def disagreements(self) -> list[tuple[str, str, str]]:
        """(fact, what the report says, what the cable says) where they differ."""
        cable = self.cable
        found = []
        if self.claimed_date and cable.date and cable.text:
            width = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7}.get(self.claimed_precision, 10)
            if self.claimed_date.isoformat()[:width] != cable.date.isoformat()[:width]:
                found.append(("Date", self.claimed_date_display, cable.date_display))
        if self.claimed_classification and cable.classification and cable.text:
            if self.claimed_classification.lower() != cable.classification.lower():
                found.append(("Classification", self.claimed_classification, cable.classification))
        if self.claimed_origin and cable.origin and cable.text:
            city = self.claimed_origin.split()[-1].lower()
            if city not in cable.origin.lower():
                found.append(("Origin", self.claimed_origin, cable.origin))
        return found


class QuoteQuerySet(models.QuerySet):
    def visible(self):
        return self.exclude(status=QuoteStatus.REJECTED)

    def quotations_first(self):
        """Real quotations before one- and two-word phrases."""
        return self.order_by("is_phrase", "article", "start", "pk")


class Quote(RemembersLoadedKeys, models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(help_text="The quoted words, as a curator corrects them.")
    extracted_text = models.TextField(editable=False, help_text="The words as first extracted; never changed.")
    start = models.PositiveIntegerField(help_text="Offset of the quote in the article body.")
    end = models.PositiveIntegerField()
    speaker = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes", help_text="Who said or wrote it."
    )
    cable = models.ForeignKey(Cable, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    from_cable = models.BooleanField(default=False, help_text="The article attributes these words to a cable.")
    is_phrase = models.BooleanField(default=False, help_text="A one- or two-word phrase or a title, not a quotation.")
    status = models.CharField(max_length=10, choices=QuoteStatus.choices, default=QuoteStatus.EXTRACTED)
    # Where the words stand in the cable's text (set by alignment, see cables/linking.py).
    match = models.CharField(max_length=10, choices=Match.choices, blank=True, help_text="Verbatim, close or not found in the cable.")
    match_score = models.FloatField(null=True, blank=True, help_text="Similarity to the cable's words, 0 to 1.")
    cable_paragraph = models.CharField(max_length=20, blank=True, help_text="Paragraph of the cable: summary, 1, 2 …")
    cable_start = models.PositiveIntegerField(null=True, blank=True)
    cable_end = models.PositiveIntegerField(null=True, blank=True)

    objects = QuoteQuerySet.as_manager()
    history = HistoricalRecords()
    remembered_keys = ("article_id",)

    class Meta:
        ordering = ["article", "start", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="quote_end_after_start"),
        ]
        indexes = [
            # Quote lists per article, in reading order.
            models.Index(fields=["article", "start"], name="quote_article_start_idx"),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:77] + "…"

    def save(self, *args, **kwargs):
        if not self.extracted_text:
            self.extracted_text = self.text
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("cables:quote_detail", kwargs={"pk": self.pk})

    @property
    def cable_paragraph_label(self) -> str:
        return {"summary": "Summary", "text": "text", "": ""}.get(self.cable_paragraph, f"¶{self.cable_paragraph}")

    def cable_alignment(self):
        """(paragraph, alignment) of this quote in its cable's text, or (None, None)."""
        if not (self.cable_id and self.cable.text):
            return None, None
        from .extraction.align import align

        paragraphs = self.cable.paragraphs()
        alignment = align(self.text, paragraphs)
        paragraph = next((p for p in paragraphs if p.key == alignment.paragraph), None)
        return paragraph, alignment

    @property
    def is_edited(self) -> bool:
        return self.text != self.extracted_text

    def context_sentence(self) -> tuple[str, str, str]:
        """(before, quote, after): the sentence around the quote in the article body."""
        body = self.article.body
        start = max(body.rfind("\n", 0, self.start) + 1, 0)
        for mark in (". ", "? ", "! "):
            found = body.rfind(mark, start, max(self.start - 1, start))
            if found >= 0:
                start = max(start, found + 2)
        end_candidates = [i for i in (body.find("\n", self.end), len(body)) if i >= 0]
        end = min(end_candidates)
        for mark in (". ", "? ", "! "):
            found = body.find(mark, self.end + 1, end)
            if found >= 0:
                end = min(end, found + 1)
        return body[start : self.start], body[self.start : self.end], body[self.end : end]


class ActorRedirect(models.Model):
    """The address of an actor merged into another: it keeps working."""

    slug = models.SlugField(max_length=100, unique=True)
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self):
        return f"{self.slug} → {self.actor}"


class PendingIndexUpdate(models.Model):
    """A search document to refresh, written in the same transaction as the change (see signals)."""

    model_name = models.CharField(max_length=40)
    object_pk = models.BigIntegerField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.model_name} {self.object_pk}"


class CableShingle(models.Model):
    """A fingerprint of a cable's words (see extraction/shingles.py): which cables a
    quote comes from, found without reading any cable's text."""

    hash = models.IntegerField()
    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="+")

    class Meta:
        indexes = [
            # The cables holding any of a report's shingles: one index range per shingle.
            models.Index(fields=["hash", "cable"], name="cable_shingle_hash_idx"),
        ]

    def __str__(self):
        return f"{self.hash} in cable {self.cable_id}"


class QuoteShingle(models.Model):
    """A fingerprint of a long quote's words: which reports quote a cable that has just
    arrived, found without reading any report."""

    hash = models.IntegerField()
    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="+")

    class Meta:
        indexes = [
            # The quotes holding any of a new cable's shingles.
            models.Index(fields=["hash", "quote"], name="quote_shingle_hash_idx"),
        ]

    def __str__(self):
        return f"{self.hash} in quote {self.quote_id}"
