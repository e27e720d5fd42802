"""Which pages a fact may rest on."""

from __future__ import annotations

import pytest

from pathways.sources import host, untrusted


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        pytest.param("https://www.scribd.com/document/349146471/careers", "a document-sharing site", id="scribd"),
        pytest.param("https://github.com/someone/apprenticeships/blob/abc/step2b.json", "a code host", id="github"),
        pytest.param("https://raw.githubusercontent.com/x/y/main/a.json", "a code host", id="raw-github"),
        pytest.param("https://www.reddit.com/r/nursing/comments/1", "a forum", id="reddit"),
        pytest.param("https://wikimili.com/en/Hugh_Baird_College", "a copy of Wikipedia", id="wiki-mirror"),
        pytest.param("https://en.yumpu.com/document/view/1", "a document-sharing site", id="subdomain"),
    ],
)
def test_untrusted_hosts_are_named_by_kind(url: str, kind: str) -> None:
    assert untrusted(url) == kind


@pytest.mark.parametrize(
    "url",
    [
        "https://nationalcareers.service.gov.uk/job-profiles/midwife",
        "https://www.gov.uk/national-minimum-wage-rates",
        "https://www.healthcareers.nhs.uk/explore-roles/midwifery",
        "https://notgithub.com/page",  # a look-alike name is not the code host
    ],
)
def test_official_and_first_hand_pages_may_be_cited(url: str) -> None:
    assert untrusted(url) is None


def test_host_drops_www_and_case() -> None:
    assert host("https://WWW.Gov.UK/x") == "gov.uk"
