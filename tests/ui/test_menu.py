"""The menu in the sidebar, through AppTest: each group's heading, then a link to each of its pages, on every page."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from pathways import pages
from tests.ui.apptest import PAGES, Opener


def menu(at: AppTest) -> list[str]:
    """The sidebar's headings and links in order: "## Group" for a heading, the label for a link."""
    shown: list[str] = []

    def walk(node: object) -> None:
        for child in getattr(node, "children", {}).values():
            kind = getattr(child, "type", "")
            if kind == "html" and 'class="menu-heading"' in child.proto.body:
                shown.append("## " + child.proto.body.split(">", 1)[1].rsplit("<", 1)[0])
            elif kind == "page_link":
                shown.append(child.proto.label)
            walk(child)

    walk(at.sidebar)
    return shown


def expected_menu() -> list[str]:
    return [line for group, members in pages.menu() for line in (f"## {group}", *(p.title for p in members))]


@pytest.mark.parametrize("page", ["find", "young", "workshop", "privacy"])
def test_the_menu_shows_every_page_once_under_its_group(tiny_app: Opener, page: str) -> None:
    at = tiny_app(page)
    assert menu(at) == expected_menu()


def test_each_menu_link_opens_the_registry_page_of_that_name(tiny_app: Opener) -> None:
    at = tiny_app()
    links = {link.proto.label: link.proto.page_script_hash for link in at.sidebar.get("page_link")}
    assert set(links) == {page.title for page in pages.PAGES}
    assert len(set(links.values())) == len(PAGES)
