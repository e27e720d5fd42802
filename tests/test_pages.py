"""The page registry: every page once, in exactly one menu group, with a script that exists."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pathways import pages

ROOT = Path(__file__).resolve().parents[1]


def test_every_page_is_in_exactly_one_menu_group() -> None:
    listed = Counter(page for _, members in pages.menu() for page in members)
    assert set(listed) == set(pages.PAGES), "a page is missing from the menu"
    assert [page.title for page, times in listed.items() if times != 1] == []
    assert {page.group for page in pages.PAGES} <= set(pages.GROUPS), "a page names a group the menu does not show"
    assert [group for group, _ in pages.menu()] == list(pages.GROUPS), "a menu group has no page"


@pytest.mark.parametrize("field", ["file", "title", "url_path"])
def test_no_two_pages_share_a_script_title_or_address(field: str) -> None:
    values = [getattr(page, field) for page in pages.PAGES]
    assert [v for v, n in Counter(values).items() if n > 1] == []


def test_the_landing_page_is_the_first_page_and_the_only_default() -> None:
    assert [page for page in pages.PAGES if page.default] == [pages.PAGES[0]]
    assert pages.landing().url_path == "find"
    assert pages.address(pages.landing()) == ""


def test_the_young_explorer_is_near_the_top_of_the_pupils_group() -> None:
    """Younger pupils should find it without reading down the whole menu."""
    first_group, members = pages.menu()[0]
    assert first_group == pages.PUPILS
    assert [p.url_path for p in members].index("young") <= 1


@pytest.mark.parametrize("page", pages.PAGES, ids=lambda p: p.url_path)
def test_every_page_script_exists_in_the_ui_package(page: pages.Page) -> None:
    assert page.file.startswith("pathways/ui/")
    assert (ROOT / page.file).is_file()


def test_app_py_lists_no_page_of_its_own() -> None:
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    assert '.py"' not in source, "a page script is named in app.py: list it in pathways/pages.py"


def test_by_url_finds_each_page_and_refuses_an_unknown_address() -> None:
    assert pages.by_url("young").title == "Young explorer"
    with pytest.raises(KeyError):
        pages.by_url("nowhere")
