"""The share link opens the same view, and its QR code holds exactly that link."""

from __future__ import annotations

import io
from urllib.parse import parse_qs, urlsplit

import pytest
import segno
from PIL import Image

from pathways.share import (
    PUBLIC_URL_VARIABLE,
    base_url,
    plan_link_note,
    qr_png,
    qr_svg,
    reach,
    reach_warning,
    share_link,
    short_link,
)
from pathways.url_state import PAGE_KEYS, SHORT_PATHS, View, encode

VIEW = {"stage": "years-10-11", "job": "laboratory-technician", "route": "2", "step": "1"}


@pytest.mark.parametrize(
    ("served_at", "prefix", "env", "expected"),
    [
        pytest.param("http://localhost:8501/presenter?job=x", "", {}, "http://localhost:8501", id="served-address-without-query"),
        pytest.param(
            "http://10.0.0.5:8501/presenter",
            "",
            {PUBLIC_URL_VARIABLE: "https://careers.example.org/pathways/"},
            "https://careers.example.org/pathways",
            id="proxy-address-wins",
        ),
        pytest.param(
            "https://school.example.org/careers/presenter",
            "/careers/",
            {},
            "https://school.example.org/careers",
            id="server-path-prefix",
        ),
        pytest.param(None, "", {}, "http://localhost:8501", id="nothing-known"),
        pytest.param("not a url", "", {}, "http://localhost:8501", id="nonsense-falls-back"),
    ],
)
def test_base_url(served_at: str | None, prefix: str, env: dict[str, str], expected: str) -> None:
    assert base_url(served_at, prefix, env) == expected


def test_share_link_carries_the_view_state_and_page() -> None:
    link = share_link("https://careers.example.org/pathways", "presenter", VIEW)
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://careers.example.org/pathways/presenter"
    assert {k: v[0] for k, v in parse_qs(parts.query).items()} == VIEW


def test_share_link_drops_empty_values_and_repeats_lists() -> None:
    link = share_link("http://localhost:8501", "", {"job": "", "subjects": ["biology", "chemistry"]})
    assert link == "http://localhost:8501?subjects=biology&subjects=chemistry"


def test_share_link_escapes_what_it_is_given() -> None:
    assert share_link("http://h", "p", {"q": "a&b=c d"}) == "http://h/p?q=a%26b%3Dc+d"


def test_short_link_drops_the_scheme() -> None:
    assert short_link("https://www.example.org/presenter?job=x") == "example.org/presenter?job=x"


def test_png_qr_code_is_segnos_matrix_for_the_link() -> None:
    """Read every module back from the picture and compare with segno's own matrix for the link."""
    link = share_link("https://careers.example.org", "presenter", VIEW)
    image = Image.open(io.BytesIO(qr_png(link, scale=1, border=0))).convert("1")
    width, height = image.size
    pixels = image.load()
    assert pixels is not None
    drawn = [[pixels[x, y] == 0 for x in range(width)] for y in range(height)]
    expected = [[bool(m) for m in row] for row in segno.make(link, error="m", micro=False).matrix]
    assert drawn == expected


def test_svg_qr_code_has_a_title_for_screen_readers() -> None:
    svg = qr_svg("http://localhost:8501/presenter?job=x").decode()
    assert svg.startswith("<?xml") or svg.startswith("<svg")
    assert "<title>QR code for http://localhost:8501/presenter?job=x</title>" in svg


@pytest.mark.parametrize(
    ("link", "who"),
    [
        pytest.param("http://127.0.0.1:8501/presenter?from=x", "this computer", id="loopback"),
        pytest.param("http://localhost:8501/presenter", "this computer", id="localhost"),
        pytest.param("http://[::1]:8501/", "this computer", id="loopback-ipv6"),
        pytest.param("http://0.0.0.0:8501/", "this computer", id="unspecified"),
        pytest.param("http://10.2.3.4:8501/", "this network", id="private-10"),
        pytest.param("http://192.168.1.20:8501/", "this network", id="private-192-168"),
        pytest.param("http://172.20.0.5/", "this network", id="private-172-16-to-31"),
        pytest.param("http://classroom-pc:8501/", "this network", id="bare-machine-name"),
        pytest.param("http://careers.local/", "this network", id="mdns-name"),
        pytest.param("https://pathways.example.org/presenter", "everyone", id="public-name"),
        pytest.param("http://81.2.69.142/", "everyone", id="public-address"),
    ],
)
def test_reach_says_who_can_open_a_link(link: str, who: str) -> None:
    assert reach(link) == who
    assert bool(reach_warning(link)) == (who != "everyone")
    assert bool(plan_link_note(link)) == (who != "everyone")


def test_the_warning_says_how_to_fix_it() -> None:
    warning = reach_warning("http://127.0.0.1:8501/presenter")
    assert warning.startswith("This link works only on this computer, so pupils' phones may not open it.")
    assert f"Set {PUBLIC_URL_VARIABLE} to the address pupils can reach" in warning


def test_the_presenter_link_is_short_and_carries_only_the_presenters_view() -> None:
    """A typical slide (Years 10 and 11, adult nurse, route 1, step 1) at a public address: 41 characters to
    type from the projector, where the long form needs 77. The README quotes these figures."""
    view = View(start="years-10-11", job="adult-nurse", route=1, step=1, q="my secret words", sector="health-life-sciences")
    base = "https://pathways.example.org"
    link = share_link(base, SHORT_PATHS["presenter"], encode(view, "presenter"))
    assert short_link(link) == "pathways.example.org/p?j=adult-nurse&s=10"
    assert len(short_link(link)) == 41
    old = share_link(base, "presenter", {k: v for k, v in encode(view).items() if k in PAGE_KEYS["presenter"]})
    assert short_link(old) == "pathways.example.org/presenter?from=years-10-11&to=adult-nurse&route=1&step=1"
    assert len(short_link(old)) == 77


def test_a_later_step_of_another_route_adds_only_its_numbers() -> None:
    view = View(start="years-10-11", job="adult-nurse", route=2, step=3)
    link = share_link("https://pathways.example.org", "p", encode(view, "presenter"))
    assert short_link(link) == "pathways.example.org/p?j=adult-nurse&s=10&r=2&n=3"
