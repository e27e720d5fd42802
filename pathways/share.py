"""Share the view on screen: a link to it and a QR code a class can scan.

The link is the whole state of the view (no database), so it is built from the
address the app is served at plus the view's query string. Behind a proxy the
address the server sees is not the one pupils can reach, so $PATHWAYS_PUBLIC_URL
overrides it. The QR code is drawn here with segno: no request leaves the server.
"""

from __future__ import annotations

import io
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
