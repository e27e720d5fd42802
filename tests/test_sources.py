"""Which pages a fact may rest on."""

from __future__ import annotations

import pytest

from pathways.data import data_dir, load_data
from pathways.sources import PUBLISHERS, host, publisher, untrusted


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


@pytest.mark.parametrize(
    ("url", "name"),
    [
        pytest.param("https://nationalcareers.service.gov.uk/job-profiles/nurse", "National Careers Service", id="ncs"),
        pytest.param("https://www.gov.uk/national-minimum-wage-rates", "GOV.UK", id="gov-uk-without-www"),
        pytest.param("https://www.healthcareers.nhs.uk/explore-roles", "NHS Health Careers", id="nhs-careers-before-nhs"),
        pytest.param("https://www.liverpoolcl.nhs.uk/careers", "the NHS", id="any-nhs-trust"),
        pytest.param("https://stcg.ac.uk/courses/x", "stcg.ac.uk", id="unknown-site-is-its-address"),
        pytest.param("", "the source", id="no-address"),
    ],
)
def test_a_source_link_names_its_publisher(url: str, name: str) -> None:
    assert publisher(url) == name


def test_no_shipped_source_link_is_a_bare_phrase() -> None:
    """Every fact's link names a publisher or a site, never "where this comes from" (WCAG 2.4.4)."""
    data = load_data(data_dir())
    urls = {str(getattr(r, "source_url", "")) for rows in data.tables.values() for r in rows} - {""}
    assert urls
    assert all("." in publisher(u.split(" ; ")[0]) or publisher(u.split(" ; ")[0]) in PUBLISHERS.values() for u in urls)
