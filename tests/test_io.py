from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.io import InputError, decode, find_dateline, read_all


def test_reads_seed_with_dateline(seeds):
    article = factcheck.read(seeds[4])
    assert article.id == seeds[4].stem
    assert article.published == "2023-09-14T11:36"
    assert article.published_source == "dateline"
    assert article.encoding == "utf-8"
    assert article.text == seeds[4].read_text(encoding="utf-8")


def test_date_option_wins(seeds):
    article = factcheck.read(seeds[4], date="2024-06-19")
    assert (article.published, article.published_source) == ("2024-06-19", "option")


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Publié le 14 septembre 2023 à 11h36\nTexte", "2023-09-14T11:36"),
        ("Mis à jour le 3 mai 2024\nPublié le 2 mai 2024 à 8h05", "2024-05-02T08:05"),
        (" date 2024-06 Vladimir Poutine a été accueilli", "2024-06"),
        ("Publié le 1er mars 2021", "2021-03-01"),
        ("Publié le 19/06/2024", "2024-06-19"),
        ("Le 19 juin 2024, les deux dirigeants ont signé", None),
        ("Publié le 31 février 2024", None),
        ("par M.L (avec AFP) Publié le 14 septembre 2023 à 11h36", "2023-09-14T11:36"),
        ("Publié le 19/06/2024 à 08:12, mis à jour le 19/06/2024 à 10:30", "2024-06-19T08:12"),
        ("\n\n\nTitre\n\nPar X\n\nPublié le 2 mai 2024", "2024-05-02"),
        # the body's dates are claims, not the publication date
        ("Le décret, publié le 14 juin 2024 au Journal officiel, entre en vigueur.", None),
        ("Le rapport a été rendu lundi. Publié le 3 juin 2024 au Journal officiel, le décret entre en vigueur.", None),
        # a byline's lowercase "publié" after a separator
        ("Incendie à Lyon\nPar Jean Dupont, publié le 14 juin 2024 à 10h00\n\nUn incendie a fait trois morts.",
         "2024-06-14T10:00"),
        ("Le Figaro avec AFP | publié le 14/06/2024 à 10:00\nTexte", "2024-06-14T10:00"),
        # eight lines counted, blank ones included: a body paragraph is no dateline
        ("Titre\nMis à jour le 20 juin 2024 à 18h00\n\nUn.\n\nDeux.\n\nTrois.\n\nPublié le 3 juin 2024 au JO, le décret…",
         "2024-06-20T18:00"),
        # a line that is a date alone, with its time or weekday
        ("Titre\nLe 17 juin 2026 à 8 h 15\n\nTexte.", "2026-06-17T08:15"),
        ("Titre\nLe 03/03/2026 à 5 h 45\n\nTexte.", "2026-03-03T05:45"),
        ("Titre\nMardi 3 mars 2026 à 9h00\n\nTexte.", "2026-03-03T09:00"),
        # (with its time only, and alone: a chronology, an agenda, a retrospective's date)
        ("Titre\nMardi 3 mars 2026\n\nTexte.", None),
        ("Chronologie\n17 octobre 2024 à 8 h\nLe corps est retrouvé.\n3 janvier 2025 à 9 h 00\nUn suspect.", None),
        ("Programme\nLe 17 juin 2026 à 20 h 00\nConcert au parc.\nLe 18 juin 2026 à 15 h\nBrocante.", None),
        ("Titre\nLe 17 juin 2026 à 15 h\n\nTexte.", "2026-06-17T15:00"),
        ("Titre\n3 mars 2026 - 14:05\n\nTexte.", "2026-03-03T14:05"),
        # ... and alone: a date that opens a sentence of the body is a claim
        ("Titre\nLe 17 juin 2026 à 8 h 15, Ariane 6 a décollé.", None),
        ("Titre\nLe 31/02/2026\n\nTexte.", None),
        ("Publié le 2 mai 2024\nLe 17 juin 2026 à 10 h 00\nTexte.", "2024-05-02"),
        # a text that is a date and nothing else is a claim, no dateline
        ("Le 17 juin 2026 à 8 h 15", None),
        ("Mardi 3 mars 2026\n\n", None),
        # the wire's dateline: place, day (and time), agency, dash; the body may follow it
        ("Titre\nFoix, 20 mai 2026 (AFP) -\n\nUn randonneur…", "2026-05-20"),
        ("MOSCOU, 26 oct 2020 (AFP) - Le Kremlin a annoncé lundi…", "2020-10-26"),
        ("Titre\nGrenoble, mardi 9 juin 2026, 07h45 -\n\nTexte.", "2026-06-09T07:45"),
        ("Titre\nLa Haye, 12 avril 2025 (Reuters) —\nTexte.", "2025-04-12"),
        ("Titre\nÉdition du mercredi 28 janvier 2026\n\nTexte.", "2026-01-28"),
        # (blind45) a broadcast's, a post's
        ("Titre\nDiffusé le vendredi 6 mars 2026 à 12h30\n\nTexte.", "2026-03-06T12:30"),
        ("Titre\nMis en ligne le 3 mars 2026 à 10h00\n\nTexte.", "2026-03-03T10:00"),
        ("Titre\nPosté le 03/03/2026 à 10h00\n\nTexte.", "2026-03-03T10:00"),
        ("Titre\nMis en ligne le 3 mars 2026 à 10h00, actualisé le 4 mars 2026 à 9h00\n\nTexte.", "2026-03-03T10:00"),
        # (blind44, blind46) the word of publishing, a dash or "heures" between
        ("Titre\nJeudi 2 juillet 2026 – mis en ligne à 09h00\n\nTexte.", "2026-07-02T09:00"),
        ("Titre\nÉdition du jeudi 12 mars 2026, mise en ligne à 9h00\n\nTexte.", "2026-03-12T09:00"),
        ("Titre\nLundi 23 mars 2026 – 07h45\n\nTexte.", "2026-03-23T07:45"),
        ("Titre\nJeudi 12 mars 2026, 9 heures\n\nTexte.", "2026-03-12T09:00"),
        # ... opening its line: a sentence of the body is a claim
        ("Titre\nÀ Paris, le 3 mars 2024 - texte", None),
        ("Titre\nIl était à Paris, 3 mars 2024 - texte", None),
    ],
)
def test_dateline(head, expected):
    assert find_dateline(head) == expected


def test_the_extractor_skips_exactly_the_datelines_the_reader_takes():
    text = "Le Monde avec AFP Publié le 19 juin 2024 à 09h15, modifié le 20 juin 2024\n" "Le décret, publié le 14 juin 2024, dit…"
    article = factcheck.Article(id="a", text=text, published=find_dateline(text))
    assert article.published == "2024-06-19T09:15"
    dates = [a.text for a in factcheck.extract(article, analyser=None) if a.kind == "date"]
    assert dates == ["14 juin 2024"]


def test_the_extractor_skips_a_wire_dateline():
    text = "MOSCOU, 26 oct 2020 (AFP) - Le Kremlin a annoncé lundi que le président parlerait le 27 octobre."
    article = factcheck.Article(id="a", text=text, published=find_dateline(text))
    dates = [(a.text, a.value) for a in factcheck.extract(article, analyser=None) if a.kind == "date"]
    assert dates == [("lundi", "2020-10-26"), ("27 octobre", "2020-10-27")]


def test_a_french_date_in_metadata(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 14 septembre 2023\n---\nTexte.\n", encoding="utf-8")
    article = factcheck.read(path)
    assert (article.published, article.published_source) == ("2023-09-14", "metadata")


def test_encodings():
    text = "Le président a déclaré « ça suffit » l’été dernier."
    assert decode(text.encode("utf-8"), "x") == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "x") == (text, "utf-8-sig")
    assert decode(text.replace("’", "'").encode("cp1252"), "x")[1] == "cp1252"


def test_damaged_utf8_is_an_error_not_mojibake():
    data = "déjà vu".encode("utf-8") + b"\nsecond \xe9t\xe9\n"
    with pytest.raises(InputError) as info:
        decode(data, "bad.txt")
    assert info.value.line == 2
    assert "bad.txt:2" in str(info.value)


def test_binary_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.png")


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("---\ntitle: Sommet\ndate: 2024-06-19\nid: brouillon\n---\nLe texte.\n", encoding="utf-8")
    article = factcheck.read(path)
    assert article.id == "brouillon"
    assert article.text == "Le texte.\n"
    assert article.first_line == 6
    assert (article.published, article.published_source) == ("2024-06-19", "metadata")


def test_jsonl_bad_line_loses_only_that_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Un texte.", "published": "2024-06-19T10:00"}),
        "{not json",
        json.dumps({"id": "b", "text": "Un autre."}),
        json.dumps({"id": "c"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_all([path, tmp_path / "missing.txt"])
    assert [a.id for a in result.articles] == ["a", "b"]
    assert result.articles[0].published == "2024-06-19T10:00"
    assert [(e.line, e.path) for e in result.errors] == [
        (2, str(path)),
        (4, str(path)),
        (None, str(tmp_path / "missing.txt")),
    ]


def test_empty_file_and_directory(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = read_all([empty, tmp_path])
    assert not result.articles
    assert "empty" in str(result.errors[0])
    assert "directory" in str(result.errors[1])


def test_duplicate_ids_are_made_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "draft.txt").write_text("Texte.", encoding="utf-8")
    result = read_all([tmp_path / "a" / "draft.txt", tmp_path / "b" / "draft.txt"])
    assert [a.id for a in result.articles] == ["draft", "draft~2"]
