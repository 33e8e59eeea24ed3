"""The catalog of step kinds: enough kinds, stable ids, readable labels."""

from __future__ import annotations

import re

from smallsteps.core.catalog import DEFAULT_CATALOG, Catalog
from smallsteps.core.models import StepKind


def test_the_default_catalog_offers_at_least_ten_kinds_with_unique_ids() -> None:
    catalog = Catalog()
    assert len(catalog) >= 10
    assert len(set(catalog.ids)) == len(catalog)
    assert catalog.ids == tuple(k.id for k in DEFAULT_CATALOG)


def test_ids_are_plain_identifiers_and_every_kind_has_words() -> None:
    for kind in Catalog():
        assert re.fullmatch(r"[a-z][a-z_]*", kind.id), kind.id
        assert kind.label.strip()
        assert kind.suggestion.strip()
        assert kind.icon.strip()


def test_rest_counts_as_a_step() -> None:
    assert "rest" in Catalog()


def test_lookup_by_id() -> None:
    catalog = Catalog()
    walk = catalog.get("walk")
    assert walk is not None
    assert walk.label == "A short walk outside"
    assert catalog.get("fly") is None
    assert "walk" in catalog
    assert "fly" not in catalog
    assert 3 not in catalog


def test_label_of_a_known_id_is_its_label() -> None:
    assert Catalog().label("reach_out") == "Reaching out to someone"


def test_label_of_an_unknown_id_still_reads_well() -> None:
    catalog = Catalog()
    assert catalog.label("cold_shower") == "Cold shower"
    assert catalog.label("yoga") == "Yoga"


def test_a_custom_catalog_keeps_its_order() -> None:
    kinds = [StepKind("b", "B", "b", "b."), StepKind("a", "A", "a", "a.")]
    catalog = Catalog(kinds)
    assert catalog.ids == ("b", "a")
    assert list(catalog) == kinds
    assert catalog.kinds == tuple(kinds)
