"""Link fuzzing: generated query strings sent through AppTest to every page that reads the link.

Links are pasted, cut short and tampered with. Whatever arrives, a page must
run without an exception and, where it dropped part of the link, say so.
The number of examples per page is PATHWAYS_FUZZ_EXAMPLES (default 1,000,
the figure the hostile-input issue asks for); set it lower for a quick run.

Only the pages in LINK_PAGES read the link, so only they are fuzzed: sending
a thousand links to a page that never looks at them tests nothing. A guard
test keeps the list true: a page in it must answer a bad link with the notice,
and every other page must look exactly the same with or without a link.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qsl

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from pathways.data import load_data
from pathways.graph import Graph, build_graph
from pathways.url_state import KEYS, PAGE_KEYS, SHORT_KEYS, parse
from tests.ui.apptest import APP, LANDING, PAGES, open_app, texts

EXAMPLES = int(os.environ.get("PATHWAYS_FUZZ_EXAMPLES", "1000"))
# The pages whose script reads the link (they call state.start, which parses the page's own keys, url_state.PAGE_KEYS,
# out of st.query_params). Add a page to url_state.PAGE_KEYS when it starts reading its link.
LINK_PAGES = tuple(PAGE_KEYS)
NOTICE = "We could not open part of that link"
FRESH_SESSION_EVERY = 25  # a new AppTest (a new browser tab) now and then; in between, links pasted into one tab

REAL_IDS = [
    "years-10-11",
    "years-7-9",
    "adult",
    "laboratory-technician",
    "software-developer",
    "biomedical-scientist",
    "1",
    "2",
    "5",
    "10",
]
keys = st.one_of(st.sampled_from([*KEYS, *SHORT_KEYS.values(), "page", "utm_source", "", "FROM", "to[]"]), st.text(max_size=12))
values = st.one_of(
    st.sampled_from(
        [*REAL_IDS, "", " ", "0", "-1", "99999999999", "nan", "1e9", "%00", "<script>alert(1)</script>", "=HYPERLINK(1)"]
    ),
    st.text(max_size=40),
    st.text(min_size=300, max_size=3000, alphabet="ab%-_ 0123456789"),
    st.binary(max_size=30).map(lambda b: b.decode("latin-1")),
)
query = st.lists(st.tuples(keys, values), max_size=8)


class Tab:
    """One AppTest session on one page, replaced every FRESH_SESSION_EVERY links."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.at: AppTest | None = None
        self.used = 0

    def open(self, pairs: list[tuple[str, str]]) -> AppTest:
        if self.at is None or self.used >= FRESH_SESSION_EVERY:
            self.at = AppTest.from_file(str(APP), default_timeout=60)
            self.at.run()
            if self.page != LANDING:
                self.at.switch_page(PAGES[self.page]).run()
            self.used = 0
        self.used += 1
        at = self.at
        at.query_params.clear()
        for key, value in pairs:
            at.query_params[key] = value  # repeated keys: the last one wins, as in a browser
        at.run()
        return at


@pytest.fixture(scope="module")
def real_graph_for_parse() -> Graph:
    return build_graph(load_data())


@pytest.mark.parametrize("page", LINK_PAGES)
def test_any_link_opens_the_page_without_an_exception(page: str, real_graph_for_parse: Graph) -> None:
    tab = Tab(page)

    # In CI the examples are the same on every run (a fixed seed), so a red CI always means a real, repeatable
    # failure; on a developer's machine each run explores new links.
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=bool(os.environ.get("CI")),
        suppress_health_check=list(HealthCheck),
    )
    @given(pairs=query)
    def check(pairs: list[tuple[str, str]]) -> None:
        at = tab.open(pairs)
        assert not at.exception, [e.value for e in at.exception]
        last = dict(pairs)
        view = parse(last, real_graph_for_parse, page=page)
        assert (NOTICE in texts(at)) == bool(view.ignored), (last, view.ignored)

    check()


# Every key a link may hold, each with a value no page can use, plus one no page knows.
BAD_LINK = {**dict.fromkeys((*KEYS, *SHORT_KEYS.values()), "zz-not-a-real-value"), "utm_source": "zz"}


@pytest.mark.parametrize("page", list(PAGES))
def test_only_the_link_pages_read_the_link(page: str) -> None:
    """LINK_PAGES is exactly the pages that read their link, so the fuzzing above covers every one of them."""
    with_link = open_app(page, **BAD_LINK)
    if page in LINK_PAGES:
        assert NOTICE in texts(with_link), f"{page} is in LINK_PAGES but ignored a bad link without a notice"
    else:
        assert texts(with_link) == texts(open_app(page)), (
            f"the {page} page shows something else when opened from a link: it reads the link, so add it to LINK_PAGES"
        )


def test_a_real_link_with_junk_keeps_what_it_can() -> None:
    graph = build_graph(load_data())
    view = parse(dict(parse_qsl("from=years-10-11&to=nope&route=9&grade=5&utm_source=x&fbclid=y")), graph)
    assert view.start == "years-10-11"
    assert view.job is None
    assert view.constraints.gcse_grade == 5
    assert set(view.ignored) == {"to=nope", "route=9"}, "tracking parameters are dropped without a word"
