"""Accessibility statement, in the shape UK public-sector services publish.

What we test and how, what we know does not work yet (naming the upstream
Streamlit or plotly issue where the problem is theirs), and how to tell us. The
tests it describes live in tests/e2e/; keep the two in step: each exclusion in
tests/e2e/axe.py has a line under "Known problems" (and so do problems axe cannot see).
"""

from __future__ import annotations

import os

import streamlit as st

CONTACT_VARIABLE = "PATHWAYS_CONTACT_EMAIL"
PREPARED = "28 November 2026"
REVIEWED = "2 December 2026"

# (what does not work, whose it is: "plotly", "Streamlit" or "us", the upstream issue address or "")
KNOWN_PROBLEMS: tuple[tuple[str, str, str], ...] = (
    (
        "The route map, the money chart and the “What's near me” map are pictures drawn with plotly. A screen reader hears a short description "
        "of each, but cannot move around inside them, and the keyboard cannot reach their dots. Everything on the map "
        "is also in the numbered list under it, and any step can be opened from the box “Open a step on the map”.",
        "plotly",
        "https://github.com/plotly/plotly.js/issues/562",
    ),
    (
        "Hover boxes on the charts need a mouse or a finger. The same facts are in the text beside each chart.",
        "plotly",
        "https://github.com/plotly/plotly.js/issues/7708",
    ),
    (
        "On a phone, when the menu is closed, the Tab key still visits the menu's hidden links. "
        "Use “Skip to main content”, the first thing Tab reaches, to go straight to the page.",
        "Streamlit",
        "",
    ),
    (
        "On “Compare routes”, the top-left cell of the table has no heading, so a screen reader reads nothing there.",
        "us",
        "",
    ),
    (
        "The page says it is written in English (`en`) but cannot say British English (`en-GB`), so some "
        "screen readers may use an American voice.",
        "Streamlit",
        "https://github.com/streamlit/streamlit/issues/15726",
    ),
)


def tracked(owner: str, address: str) -> str:
    """Where the makers track a problem, or nothing for our own (we are fixing those)."""
    if address:
        return f" ({owner}: [{address.removeprefix('https://github.com/')}]({address}))"
    return "" if owner == "us" else f" ({owner}: not yet reported to its makers)"


def contact_line() -> str:
    email = os.environ.get(CONTACT_VARIABLE, "").strip()
    if email and "@" in email and " " not in email:
        return f"email **[{email}](mailto:{email})**, or tell the teacher or careers adviser who gave you the link."
    return "tell the teacher or careers adviser who gave you the link. They can pass it on to the team that runs this site."


st.title("Accessibility statement", anchor=False)
st.markdown(
    f"""
This statement is for Pathways Explorer. We want as many people as possible to be able to use it. You should be able to:

- do everything with a keyboard alone: **Tab** to move, **Enter** or **Space** to choose, **arrow keys** in lists
- zoom in a long way without text spilling off the side of the screen
- use it on a phone, as well as on a computer or a classroom projector
- use it with a screen reader: every chart has the same facts in words beside it
- read it easily: we aim for short sentences that a pupil of about 11 can read, and we explain words
  like “Level 3” or “T Level” where they appear

## Reporting a problem
If something does not work for you, or you need the information in another format,
{contact_line()}
Please say which page you were on and what went wrong.

## Enforcement procedure
The Equality and Human Rights Commission (EHRC) enforces the accessibility regulations for public sector
websites. If you are not happy with how we answer your complaint, contact the
[Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com/).

## How accessible this website is
This website is **partially compliant** with the [Web Content Accessibility Guidelines version 2.2](https://www.w3.org/TR/WCAG22/)
AA standard, because of the problems listed below.
"""
)

st.header("Known problems", anchor=False)
st.markdown(
    "Some parts are not fully accessible yet. Where the problem is in a tool the app is built with "
    "(Streamlit for the pages, plotly for the charts), we link to the place where its makers track it."
)


st.markdown("\n".join(f"- {text}{tracked(owner, address)}" for text, owner, address in KNOWN_PROBLEMS))

st.markdown(
    f"""
## How we test this website
Every change to the app is tested automatically before it goes live:

- **axe-core**, an accessibility checker, runs on every page in the Chromium browser, on a laptop-sized
  screen (1280 by 800) and on a phone-sized screen (390 by 844). A serious or critical problem in our own
  pages stops the change. Where the only problem is inside Streamlit or plotly, we leave out exactly that
  check on exactly that part of the page, and list it above.
- **Keyboard only**: a test goes from “where am I now” to a job and its routes with Tab, Enter, Space and the
  arrow keys, and no mouse. When you press “Choose” on a job, the button goes away, so the keyboard moves
  to the new heading “Ways in” and a screen reader hears “You chose …” (WCAG 2.4.3); the test checks both.
- **Focus you can see** (WCAG 2.4.7 and 1.4.11): on every page, at both screen sizes, a test presses Tab
  through every link, button, pill, menu entry, box and toggle, and measures the outline the browser draws
  around each one: at least 2 pixels thick (ours is 3), with a contrast of at least 3 to 1 against the colour
  around it (ours is 6.7 to 1 on white), and not cut off. No heading has a “link to heading” stop.
- **Text spacing** (1.4.12): a test widens the spaces between lines, paragraphs, letters and words as far as
  the rule asks, and checks that no pill, menu entry or page link cuts its words.
- **Charts** (1.4.3 and 1.4.11): tests measure every colour on the route map and the money chart, both in
  the figure and as the browser draws it: words at least 4.5 to 1 on white, lines and markers at least 3 to 1.
  Routes you did not choose are thinner and dashed, not faded. On a phone the map leaves out step names,
  which would overlap, and the numbered list under it (with its own heading) names every step; a switch
  shows the names.
- **Phone width**: the same journeys are run on a phone-sized screen, and we check that no page is wider
  than the screen (390 pixels is about the same as zooming a laptop screen to 330%). At 320 pixels, the
  narrowest the rules ask for, a test checks that no page and no table needs scrolling sideways.
  Screenshots of every page are kept for a person to look over.
- **Links say where they go** (2.4.4): each source link names who published it, for example
  “National Careers Service”, with the date it was checked.

We have not yet had the site checked by disabled users or by a specialist with a screen reader.
We plan to do this before the site is used widely.

## Pictures and reading aloud
The young explorer's cards have pictures that come with the app, so they show on every device, even one with
no emoji font; each card's button says the same in words. “Read it to me” reads a journey aloud with your
device's own voice, and “Stop” stops it. Only voices on the device are used: the words are never sent anywhere.
If the device has no voice of its own, the box says so.

## Class sessions and what they keep
A teacher can run a class session on the “Class summary” page. Pupils who join add to counts for the whole
class: how many looked at each stage, area of work, job and kind of route, and what the quiz suggested.
Numbers only: no names, no typed words, nothing about a pupil's device. Numbers below 3 show as “fewer than 3”.
The counts are deleted when the teacher ends the session, and always within 24 hours. The class code avoids
letters and numbers that look alike (no 0 or O, 1, I or L, 5 or S, 2 or Z, 8 or B), so it is easier to read
from a board and to type. Joining or leaving a class works with the keyboard alone, and the QR code has a
typed address next to it.

## Preparation of this statement
This statement was prepared on {PREPARED}. It was last reviewed on {REVIEWED}.
"""
)
