"""The browser profile kept for the session (tests/e2e/conftest.py) keeps its cache and nothing a test could see.

Each test's tab must start as a stranger to the site: no cookie, no stored
setting left by the test before it, or a test could pass only because of
another's leftovers.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Profiles

pytestmark = pytest.mark.e2e

LEFTOVERS = "() => ({local: localStorage.getItem('left-by-a-test'), session: sessionStorage.getItem('left-by-a-test')})"


def test_a_new_tab_starts_without_the_last_tests_cookies_or_storage(profiles: Profiles, server: str) -> None:
    first = profiles.tab(server, "desktop")
    first.open("privacy")
    first.page.evaluate("() => { localStorage.setItem('left-by-a-test', '1'); sessionStorage.setItem('left-by-a-test', '1'); }")
    first.context.add_cookies([{"name": "left_by_a_test", "value": "1", "url": server}])
    assert first.page.evaluate(LEFTOVERS) == {"local": "1", "session": "1"}
    first.page.close()

    second = profiles.tab(server, "desktop")
    try:
        assert second.context.cookies(server) == [], "a cookie survived into the next test's tab"
        second.open("privacy")
        assert second.page.evaluate(LEFTOVERS) == {"local": None, "session": None}
        assert [c["name"] for c in second.context.cookies(server)] == ["_streamlit_xsrf"]
    finally:
        second.page.close()
