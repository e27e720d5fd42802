"""Share the view on screen: a link to it and a QR code a class can scan.

The link is the whole state of the view (no database), so it is built from the
address the app is served at plus the view's query string. Behind a proxy the
address the server sees is not the one pupils can reach, so $PATHWAYS_PUBLIC_URL
overrides it. The QR code is drawn here with segno: no request leaves the server.
"""

from __future__ import annotations

import io
import ipaddress
import os
from collections.abc import Mapping, Sequence
from urllib.parse import urlencode, urlsplit, urlunsplit

import segno

PUBLIC_URL_VARIABLE = "PATHWAYS_PUBLIC_URL"
DEFAULT_BASE = "http://localhost:8501"

Params = Mapping[str, str | Sequence[str]]


def base_url(served_at: str | None = None, prefix: str = "", env: Mapping[str, str] | None = None) -> str:
    """Where pupils reach the app: $PATHWAYS_PUBLIC_URL, else the host the page was served from.

    Only the scheme and host are kept from `served_at` (the address of the page
    open now), then the server's own path prefix (Streamlit's baseUrlPath) is
    added back: the page path and query belong to the view that was open.
    """
    env = os.environ if env is None else env
    public = urlsplit(env.get(PUBLIC_URL_VARIABLE, "").strip())
    if public.scheme in ("http", "https") and public.netloc:
        return urlunsplit((public.scheme, public.netloc, public.path.rstrip("/"), "", ""))
    served = urlsplit((served_at or "").strip())
    if served.scheme not in ("http", "https") or not served.netloc:
        served = urlsplit(DEFAULT_BASE)
    path = "/" + prefix.strip("/") if prefix.strip("/") else ""
    return urlunsplit((served.scheme, served.netloc, path, "", ""))


def share_link(base: str, page: str = "", params: Params | None = None) -> str:
    """The address of one view: base, the page's path, and the view's state as a query string."""
    path = "/".join(part.strip("/") for part in (base, page) if part.strip("/"))
    flat = [(key, value) for key, values in (params or {}).items() for value in _values(values) if value != ""]
    return f"{path}?{urlencode(flat)}" if flat else path


def _values(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def short_link(link: str) -> str:
    """The link as people read it aloud or type it: no "https://", no "www."."""
    parts = urlsplit(link)
    host = parts.netloc.removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path}{query}"


def qr_code(link: str) -> segno.QRCode:
    """Error correction level M: readable from the back of a classroom yet small enough to scan fast."""
    return segno.make(link, error="m", micro=False)


def qr_svg(link: str, scale: int = 8) -> bytes:
    """Black on white with a title, so a screen reader says what the picture is."""
    buffer = io.BytesIO()
    qr_code(link).save(buffer, kind="svg", scale=scale, border=4, dark="#000", light="#fff", title=f"QR code for {link}")
    return buffer.getvalue()


def qr_png(link: str, scale: int = 8, border: int = 4) -> bytes:
    buffer = io.BytesIO()
    qr_code(link).save(buffer, kind="png", scale=scale, border=border, dark="#000", light="#fff")
    return buffer.getvalue()


def reach(link: str) -> str:
    """Who can open a link: "everyone", "this network" (a private address) or "this computer" (loopback).

    The presenter's QR code is only useful if pupils' phones can open it; a
    link to 127.0.0.1 on a phone points at the phone itself.
    """
    host = (urlsplit(link).hostname or "").lower()
    if host in ("localhost", "") or host.endswith(".localhost"):
        return "this computer"
    if host.endswith((".local", ".lan", ".internal", ".home.arpa")) or ("." not in host and ":" not in host):
        return "this network"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "everyone"
    if address.is_loopback or address.is_unspecified:
        return "this computer"
    if address.is_private or address.is_link_local:
        return "this network"
    return "everyone"


def reach_warning(link: str) -> str:
    """What to tell the adviser when pupils' phones may not open the link, or "" when they can."""
    where = reach(link)
    if where == "everyone":
        return ""
    who = "only on this computer" if where == "this computer" else "only on devices on the same network as this computer"
    return (
        f"This link works {who}, so pupils' phones may not open it. "
        f"Set {PUBLIC_URL_VARIABLE} to the address pupils can reach (for example https://pathways.example.org) "
        "and start the app again."
    )


def plan_link_note(link: str) -> str:
    """What to tell a pupil or parent when the link printed on their plan may not open at home, or "" when it will.

    The adviser's fix (an environment variable) means nothing to them, so this
    says only where the link opens, and that the plan has everything on it anyway.
    """
    where = reach(link)
    if where == "everyone":
        return ""
    place = "on this computer" if where == "this computer" else "on computers and phones on the same Wi-Fi or network as this one"
    return f"The link on your plan opens only {place}. Everything else on the plan works anywhere."
