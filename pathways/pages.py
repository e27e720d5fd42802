"""Every page of the app, once: its script, title, icon, address and menu group.

This is the one list of pages. `app.py` builds Streamlit's pages and the menu
from it (through `pathways.ui.menu`), and the tests open, fuzz and walk the pages
it names, so a page added here is in the menu and under test at once.
Plain data, no Streamlit: anything may import it.
"""

from __future__ import annotations

from dataclasses import dataclass

# The menu's groups, in the order they are shown, each under its own heading.
PUPILS = "Find your way"
ADVISERS = "For teachers and advisers"
ABOUT = "About this site"
GROUPS: tuple[str, ...] = (PUPILS, ADVISERS, ABOUT)


@dataclass(frozen=True)
class Page:
    """One page: `file` is its script (from the repository's root), `url_path` its address (`/job`)."""

    file: str
    title: str
    icon: str
    url_path: str
    group: str
    default: bool = False  # the landing page, opened at `/`


# Menu order within each group is the order here. The first page is the landing page; the young explorer comes
# straight after it, so a younger pupil finds it without reading down the list.
PAGES: tuple[Page, ...] = (
    Page("pathways/ui/find_route.py", "Find my route", "🧭", "find", PUPILS, default=True),
    Page("pathways/ui/young_explorer.py", "Young explorer", "🚀", "young", PUPILS),
    Page("pathways/ui/route_map.py", "Route map", "🗺️", "map", PUPILS),
    Page("pathways/ui/job_profile.py", "Job profile", "🔎", "job", PUPILS),
    Page("pathways/ui/compare.py", "Compare routes", "⚖️", "compare", PUPILS),
    Page("pathways/ui/quiz.py", "What would suit me?", "🤔", "quiz", PUPILS),
    Page("pathways/ui/subjects.py", "Where can my subject take me?", "📚", "subjects", PUPILS),
    Page("pathways/ui/near_me.py", "What's near me", "📍", "near", PUPILS),
    Page("pathways/ui/presenter.py", "Presenter mode", "📽️", "presenter", ADVISERS),
    Page("pathways/ui/class_summary.py", "Class summary", "🏫", "class", ADVISERS),
    Page("pathways/ui/workshop.py", "Data workshop", "🛠️", "workshop", ADVISERS),
    Page("pathways/ui/data_quality.py", "Data quality", "✅", "quality", ADVISERS),
    Page("pathways/ui/about_data.py", "About the data", "📋", "about", ABOUT),
    Page("pathways/ui/accessibility.py", "Accessibility", "♿", "accessibility", ABOUT),
    Page("pathways/ui/privacy.py", "Privacy", "🔒", "privacy", ABOUT),
)


def landing() -> Page:
    """The page opened at `/`."""
    return next(page for page in PAGES if page.default)


def by_url(url_path: str) -> Page:
    """The page at `/url_path`; KeyError for an address no page has."""
    for page in PAGES:
        if page.url_path == url_path:
            return page
    raise KeyError(url_path)


def menu() -> list[tuple[str, list[Page]]]:
    """The menu: each group's heading with its pages, in order. A group with no page is left out."""
    return [(group, pages) for group in GROUPS if (pages := [p for p in PAGES if p.group == group])]


def address(page: Page) -> str:
    """The page's path as the app serves it: "" for the landing page, else its url_path."""
    return "" if page.default else page.url_path
