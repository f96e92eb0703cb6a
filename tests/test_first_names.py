"""The first-name lexicon: one gender per name, read by the first part."""

from __future__ import annotations

import tomllib
from importlib import resources

from factcheck.resolve.lexicon import first_name_gender, first_name_genders


def test_no_name_is_in_both_lists_or_twice():
    data = tomllib.loads(resources.files("factcheck.data").joinpath("first_names.toml").read_text("utf-8"))
    feminine, masculine = data["feminine"], data["masculine"]
    assert len(set(feminine)) == len(feminine) and len(set(masculine)) == len(masculine)
    assert not set(feminine) & set(masculine)


def test_gender_by_the_first_part_of_the_name():
    assert first_name_gender("Sophie Durand") == "f"
    assert first_name_gender("Jean-Marie Le Pen") == "m"
    assert first_name_gender("Marie-Claire Roux") == "f"
    assert first_name_gender("ÉRIC Vidal") == "m"
    assert first_name_gender("Simone Inzaghi") is None  # a man's name in Italy
    assert first_name_gender("Eric Vidal") == "m"
    assert first_name_gender("Camille Roux") is None  # given to women and men alike
    assert first_name_gender("Roux") is None
    assert first_name_gender("") is None


def test_an_unaccented_capital_keeps_the_gender_of_its_name():
    genders = first_name_genders()
    assert genders["elodie"] == genders["élodie"] == "f"
    assert genders["eric"] == "m"
    assert "michele" not in genders  # "Michèle" unaccented is an Italian man's name


def test_a_surname_alone_tells_nothing():
    assert first_name_gender("Laurent") is None  # "Mme Laurent"
    assert first_name_gender("Thomas") is None
