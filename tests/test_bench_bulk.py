"""The benchmark's bulk build of a large archive can be interrupted and goes on where
it stopped: every search document is written once, none twice, none missing."""
import pytest
from whoosh.query import Every
from whoosh.writing import SegmentWriter

from cables.models import Actor, Article


def _indexed_ids():
    from haystack import connections

    backend = connections["default"].get_backend()
    backend.setup()
    with backend.index.searcher() as searcher:
        return sorted(fields["id"] for fields in searcher.search(Every(), limit=None))


@pytest.mark.django_db
def test_an_interrupted_bulk_build_resumes_without_losing_or_repeating_documents(tmp_path, monkeypatch):
    from bench import bulk

    for n in range(12):
        Article.objects.create(title=f"Lusara talks {n}", slug=f"lusara-talks-{n}", body=f"Kito Obari spoke on day {n}.",
                               content_hash=f"h{n}")
    Actor.objects.create(name="Kito Obari", kind="person", slug="kito-obari")
    monkeypatch.setattr(bulk, "INDEX_CHUNK", 5)
    monkeypatch.setattr(bulk, "COMMIT_EVERY", 5)
    progress_file = tmp_path / "progress.json"

    real_commit, commits = SegmentWriter.commit, []

    def commit_then_die(self, *args, **kwargs):
        real_commit(self, *args, **kwargs)
        commits.append(self)
        if len(commits) == 2:
            raise KeyboardInterrupt  # killed right after a commit, before its progress is saved

    monkeypatch.setattr(SegmentWriter, "commit", commit_then_die)
    with pytest.raises(KeyboardInterrupt):
        bulk.build_index(progress=bulk.Progress(progress_file))
    partial = _indexed_ids()
    assert 0 < len(partial) < 13

    monkeypatch.setattr(SegmentWriter, "commit", real_commit)
    resumed = bulk.Progress(progress_file)
    assert resumed.runs == 2
    bulk.build_index(progress=resumed)
    expected = sorted([f"cables.actor.{a.pk}" for a in Actor.objects.all()] + [f"cables.article.{a.pk}" for a in Article.objects.all()])
    assert _indexed_ids() == expected
