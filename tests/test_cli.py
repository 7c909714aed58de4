from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.serve.cli import cli


def _run(db: Path, *args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_twice_then_list_show_search(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "r.db"
    code, _, err = _run(db, "ingest", str(seeds_dir), "--manifest", str(seeds_dir / "manifest.tsv"))
    assert code == 0, err
    assert "5 stored" in err
    code, _, err = _run(db, "ingest", str(seeds_dir))
    assert code == 0 and "0 stored, 5 already stored" in err

    code, out, _ = _run(db, "articles", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 5 and {r["doc"] for r in rows} == {p.stem for p in seeds_dir.glob("*.txt")}

    code, out, _ = _run(db, "show", "002_367928d02be5c67d")
    assert code == 0 and "2016-11-29" in out and "حفتر" in out

    code, out, _ = _run(db, "search", "الجفرة")
    assert "000_dfbf6940fa5a6b70" in out

    code, out, _ = _run(db, "events", "--format", "jsonl")
    for line in out.splitlines():
        event = json.loads(line)
        assert {"doc", "type", "actor", "target", "location", "date", "status", "evidence"} <= set(event)


def test_stdin_and_bad_files_exit_status(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = _run(db, "ingest", "-", str(empty), input="عنوان\nتظاهر المئات في بغداد احتجاجا على البطالة.\n")
    assert code == 1
    assert f"error: {empty}: " in err and "1 stored" in err


def test_show_unknown_article_says_how_to_find_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "r.db"), "show", "nope"])
    assert result.exit_code == 1 and "rasd articles" in result.output


def test_bad_published_flag_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "r.db"), "ingest", "x", "--published", "yesterday"])
    assert result.exit_code == 2 and "2020-07-03" in result.output


def test_ner_scope_all_finds_names_outside_event_sentences(tmp_path: Path) -> None:
    # an invented name the knowledge base cannot know, in a sentence that reports no event
    text = "عنوان\nويعيش سليم قرطاجني في المدينة منذ سنوات مع عائلته.\n"
    found = {}
    for scope in ("events", "all"):
        db = tmp_path / f"{scope}.db"
        code, _, err = _run(db, "ingest", "--ner-scope", scope, "--workers", "1", "-", input=text)
        assert code == 0, err
        _, out, _ = _run(db, "entities")
        found[scope] = out
    assert "qartajni" not in found["events"].lower()
    assert "qartajni" in found["all"].lower()


def test_ingest_runs_the_shipped_models_first_net_unless_told_otherwise(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.entities import component

    chosen: list[str] = []
    real_get = component.ner_backends.get

    def get(name: str) -> object:
        chosen.append(name)
        return real_get(name)

    monkeypatch.setattr(component.ner_backends, "get", get)
    text = "عنوان\nتظاهر المئات في بغداد احتجاجا على البطالة.\n"
    for args in ((), ("--ner", "rasd.ner.shipped.v1")):
        code, _, err = _run(tmp_path / f"{len(args)}.db", "ingest", *args, "--workers", "1", "-", input=text)
        assert code == 0, err
    assert chosen == ["rasd.ner.shipped.fast.v1", "rasd.ner.shipped.v1"]
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "ingest", "--ner", "rasd.ner.nope.v1", "-"],
                                input=text)
    assert result.exit_code == 1 and "No NER backend registered as 'rasd.ner.nope.v1'" in str(result.exception)
