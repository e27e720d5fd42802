"""What a keyboard user sees at each Tab stop, read from the browser's computed style, and the WCAG sums on it.

A focus outline counts when it is drawn (a style other than none, at least 2 px
thick), nothing clips it, and its colour stands out 3:1 from the colours it
touches (WCAG 2.4.7 and 1.4.11). An outline drawn outside the element
(offset 0 or more) touches the background around the element; one drawn inside
(a negative offset) touches the element's own background. Backgrounds are
stacked as the browser paints them: each see-through layer over the one below,
down to the white page.

Some controls hide their real input (toggles) or draw a box around a bare text
field (select boxes): the outline then sits on the nearest wrapper, which is
what a pupil sees, so the wrapper is measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from playwright.sync_api import expect

from pathways import explorer
from pathways.colours import GRAPHICS, Colour, contrast, over, parse
from tests.e2e.browser import App
from tests.e2e.conftest import page_name
from tests.e2e.journeys import LAB, SECTOR, STAGE

MIN_WIDTH_PX = 2.0
WRAPPER_LEVELS = 4  # how far up from the focused element an outline may be drawn for it

# Everything about document.activeElement a test needs, gathered in one round trip.
FOCUS_STATE = """
(levels) => {
  // Focus inside an embedded frame (the read-aloud buttons) is drawn inside it: look there, as a person does.
  let el = document.activeElement;
  while (el && el.tagName === 'IFRAME' && el.contentDocument && el.contentDocument.activeElement
         && el.contentDocument.activeElement !== el.contentDocument.body) {
    el = el.contentDocument.activeElement;
  }
  const getComputedStyle = (n) => n.ownerDocument.defaultView.getComputedStyle(n);
  if (!el || el === document.body || el === document.documentElement) return null;
  const layers = (node) => {
    const found = [];
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      found.push(bg);
      if (/^rgb\\(/.test(bg)) break;  // solid: nothing below shows through
    }
    return found;
  };
  let ring = el;
  for (let i = 0, n = el; i <= levels && n; i += 1, n = n.parentElement) {
    const s = getComputedStyle(n);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) { ring = n; break; }
  }
  const style = getComputedStyle(ring);
  const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const offset = parseFloat(style.outlineOffset) || 0;
  const box = ring.getBoundingClientRect();
  const reach = offset + width;
  const outer = {left: box.left - reach, right: box.right + reach, top: box.top - reach, bottom: box.bottom + reach};
  const onScreen = box.width > 0 && box.height > 0 && box.right > 0 && box.left < window.innerWidth;
  let clippedBy = '';
  if (onScreen && reach > 0) {
    for (let n = ring.parentElement; n && n !== document.body; n = n.parentElement) {
      const s = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      const fixedY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (s.overflowX !== 'visible' && (outer.left < r.left - 0.5 || outer.right > r.right + 0.5)
          || fixedY && (outer.top < r.top - 0.5 || outer.bottom > r.bottom + 0.5)) {
        clippedBy = (n.getAttribute('data-testid') || n.tagName.toLowerCase());
        break;
      }
    }
  }
  const testids = [];
  for (let n = el; n && testids.length < 3; n = n.parentElement) {
    const t = n.getAttribute && n.getAttribute('data-testid');
    if (t) testids.push(t);
  }
  return {
    name: (el.getAttribute('aria-label') || el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 60),
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role') || '',
    type: el.getAttribute('type') || '',
    variant: el.getAttribute('data-variant') || '',
    download: Boolean(el.closest('[data-testid="stDownloadButton"]')),
    menu: Boolean(el.closest('.st-key-menu')),
    testids,
    style: style.outlineStyle,
    width,
    offset,
    colour: style.outlineColor,
    inside: layers(ring),
    around: layers(ring.parentElement),
    onScreen,
    clippedBy,
  };
}
"""


def background(layers: list[str]) -> Colour:
    """The colour the eye sees through a stack of backgrounds (the element's first), over the white page."""
    seen = Colour(255, 255, 255)
    for layer in reversed(layers):
        seen = over(parse(layer), seen)
    return seen


@dataclass(frozen=True)
class Stop:
    """One Tab stop: what it is, and the outline drawn for it."""

    name: str
    kind: str
    width: float
    style: str
    colour: str
    offset: float
    touches: Colour
    on_screen: bool
    clipped_by: str

    @property
    def contrast(self) -> float:
        return contrast(self.colour, self.touches) if self.style != "none" else 1.0

    def problems(self) -> list[str]:
        """Why a keyboard user could miss this stop, or nothing when its outline is plain to see."""
        found = []
        if self.style == "none" or self.width < MIN_WIDTH_PX:
            found.append(f"outline {self.style} {self.width:g}px (needs {MIN_WIDTH_PX:g}px or more)")
        elif self.contrast < GRAPHICS:
            found.append(f"outline {self.colour} is {self.contrast:.2f}:1 against {self.touches} (needs {GRAPHICS:g}:1)")
        if self.clipped_by:
            found.append(f"outline cut off by {self.clipped_by}")
        return [f"{self.kind} {self.name!r}: {p}" for p in found]


def kind_of(state: dict[str, object]) -> str:
    """The kind of control, in the words of the issue: menu link, page link, pill, select box..."""
    testids = [str(t) for t in cast(list[object], state["testids"])]  # a list, as the page script returns it
    role, tag = str(state["role"]), str(state["tag"])
    if "stSidebarNavLink" in testids or (state.get("menu") and "stPageLink-NavLink" in testids):
        return "menu link"
    if "stPageLink-NavLink" in testids:
        return "page link"
    if "stSkipToContent" in testids:
        return "skip link"
    if state["variant"] == "segmented_control":
        return "segmented control"
    if state["variant"] == "pills":
        return "pill"
    if role == "combobox":
        return "select box"
    if role == "switch":
        return "toggle"
    if state["type"] == "checkbox":
        return "checkbox"
    if state["type"] == "radio" or role == "radio":
        return "radio"
    if tag == "summary":
        return "expander"
    if tag in ("input", "textarea"):
        return "text input"
    if state["download"]:
        return "download button"
    if tag == "button":
        return "button"
    if tag == "a":
        return "link in text"
    if tag == "main":
        return "page"
    return tag


def read_stop(app: App) -> Stop | None:
    """The focused element as a Stop, or None when focus is on the page itself (or left it)."""
    state = app.page.evaluate(FOCUS_STATE, WRAPPER_LEVELS)
    if state is None:
        return None
    offset = float(state["offset"])
    return Stop(
        name=str(state["name"]),
        kind=kind_of(state),
        width=float(state["width"]),
        style=str(state["style"]),
        colour=str(state["colour"]),
        offset=offset,
        touches=background(list(state["inside"] if offset < 0 else state["around"])),
        on_screen=bool(state["onScreen"]),
        clipped_by=str(state["clippedBy"]),
    )


def tab_stops(app: App, most: int = 150) -> list[Stop]:
    """Every Tab stop on the page, once each: from wherever focus is, round past the end of the page and back.

    Chromium starts the next Tab from the last thing clicked, so the walk goes on
    past the end (focus leaves the page once) until it meets its first stop again.
    """
    stops: list[Stop] = []
    left_page = 0
    for _ in range(most):
        app.page.keyboard.press("Tab")
        stop = read_stop(app)
        if stop is None:
            left_page += 1
            if left_page > 1:
                break
            continue
        key = (stop.kind, stop.name)
        if stops and key == (stops[0].kind, stops[0].name):
            break
        stops.append(stop)
    return stops


# Views where the widgets a pupil meets are all on screen: routes found, filters open (so toggles show).
FULL_VIEWS: tuple[tuple[str, dict[str, str]], ...] = (
    ("", {"from": STAGE, "to": LAB, "sector": SECTOR, "nouni": "1"}),
    ("map", {"from": STAGE, "to": LAB}),
    ("compare", {"from": STAGE, "to": LAB}),
    ("job", {"to": LAB, "from": STAGE}),
)
# Each kind of focusable thing the issue names must have been met (and passed) somewhere.
KINDS = {
    "skip link",
    "menu link",
    "page link",
    "button",
    "download button",
    "pill",
    "segmented control",
    "select box",
    "text input",
    "toggle",
    "radio",
    "expander",
    "link in text",
}


def views(page_paths: list[str]) -> list[tuple[str, dict[str, str]]]:
    """The views with a route open, then every page as its menu link opens it."""
    return [*FULL_VIEWS, *((path, {}) for path in page_paths)]


def view_name(path: str, query: dict[str, str]) -> str:
    """A view's name in screenshots, axe reports and failures: "map", or "map-with-route" for one of FULL_VIEWS."""
    return page_name(path) + ("-with-route" if query else "")


# The site-wide style arrives with the page's first run (look.site in app.py); tabbing before it is drawn
# would measure the browser's own focus ring, not ours.
SITE_STYLE_DRAWN = "() => [...document.querySelectorAll('style')].some((s) => s.textContent.includes(':focus-visible'))"


def wait_for_site_style(app: App) -> None:
    app.page.wait_for_function(SITE_STYLE_DRAWN)


def open_young_journey(app: App) -> None:
    """Young explorer asks "where are you now?" (radio buttons) once a picture card and a job are chosen."""
    app.page.get_by_role("button", name=explorer.cards()[0].label, exact=True).click()
    app.settle()
    app.page.get_by_role("radiogroup").first.get_by_role("radio").first.click()
    app.settle()
    expect(app.page.get_by_role("radiogroup", name="Where are you now?")).to_be_visible()
