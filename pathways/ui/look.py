"""How the app looks beyond Streamlit's theme: one site-wide style for focus and text spacing, and the projector look.

`site()` runs once, from app.py, before every page. Streamlit shows keyboard
focus as a faint tint or a 2.7:1 glow, and fixes pills and menu entries at one
line with an ellipsis; WCAG 2.2 asks for focus you can see at 3:1 (2.4.7, 1.4.11)
and labels that survive wider text spacing (1.4.12). The style lives here, not
in each page, so a new page gets it without asking.
"""

from __future__ import annotations

import streamlit as st

# Dark blue: 6.7:1 on white and 6:1 on the sidebar's #eef2f7, and not the menu's current-page tint.
FOCUS = "#1d4ed8"
FOCUS_WIDTH_PX = 3
FOCUS_OFFSET_PX = 2
# Where Streamlit's own focus glow would sit between the outline and the control, it is taken away,
# so the outline always borders the background it is measured against.
_RING = f"outline: {FOCUS_WIDTH_PX}px solid {FOCUS} !important; outline-offset: {FOCUS_OFFSET_PX}px !important;"

_SITE_CSS = f"""
<style>
/* 2.4.7 and 1.4.11: every focusable thing shows a {FOCUS_WIDTH_PX}px dark blue outline when reached by keyboard. */
*:focus-visible {{ {_RING} box-shadow: none !important; }}
/* Inputs are drawn inside a box: the box gets the outline, not the bare text field inside it.
   Toggles, checkboxes and radios hide their real input: the label around it gets the outline. */
input:focus-visible, textarea:focus-visible {{ outline: none !important; }}
[data-testid="stTextInputRootElement"]:has(input:focus-visible),
[data-testid="stTextAreaRootElement"]:has(textarea:focus-visible),
[data-testid="stNumberInputContainer"]:has(input:focus-visible),
[data-testid="stSelectbox"] [role="group"]:has(input:focus-visible),
[data-testid="stMultiSelect"] [role="group"]:has(input:focus-visible),
label:has(input[type="checkbox"]:focus-visible),
label:has(input[type="radio"]:focus-visible) {{ {_RING} }}
/* The page and the menu scroll: their outline is drawn just inside, where nothing can clip it. */
[data-testid="stMain"]:focus-visible, [data-testid="stSidebarContent"]:focus-visible,
[data-testid="stSidebarNavLink"]:focus-visible,
[data-testid="stSelectbox"] button:focus-visible, [data-testid="stMultiSelect"] button:focus-visible {{
  outline-offset: -{FOCUS_WIDTH_PX}px !important;
}}
/* The menu (pathways/ui/menu.py): headings sized for the sidebar; the open page marked by more than colour;
   a menu link's outline drawn just inside it, where the sidebar cannot clip it. */
.st-key-menu .menu-heading {{ font-size: 1.05rem; font-weight: 700; line-height: 1.3; margin: 1rem 0 0.25rem; padding: 0; }}
.st-key-menu [data-testid="stPageLink-NavLink"]:focus-visible {{ outline-offset: -{FOCUS_WIDTH_PX}px !important; }}
.st-key-menu [data-testid="stPageLink-NavLink"][aria-current="page"] {{ box-shadow: inset 4px 0 0 {FOCUS}; }}
.st-key-menu [data-testid="stPageLink-NavLink"][aria-current="page"] p {{ font-weight: 700; }}
/* When Tab scrolls the page, it stops short of the edge, so the outline below or above a control shows too. */
[data-testid="stMain"], [data-testid="stSidebarContent"] {{ scroll-padding-block: 2rem; }}
/* A link in a table cell keeps its whole outline. */
[data-testid="stTable"] [data-testid="stMarkdownContainer"] {{ overflow: visible !important; }}

/* 1.4.12: pills, segmented controls, menu entries and page links grow with their text, never cut it. */
button[data-variant="pills"], button[data-variant="segmented_control"] {{
  height: auto !important; min-height: 2.25rem; white-space: normal !important; overflow: visible !important;
}}
button[data-variant="pills"] *, button[data-variant="segmented_control"] *,
[data-testid="stSidebarNavLink"] *, [data-testid="stPageLink-NavLink"] * {{
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; height: auto !important;
}}
[data-testid="stSidebarNavLink"], [data-testid="stPageLink-NavLink"] {{ height: auto !important; min-height: 2rem; }}

/* Headings written in Markdown (## ...) get a "link to heading" icon that st.markdown cannot turn off:
   a Tab stop on every heading that leads nowhere a pupil needs. Titles and headers say anchor=False. */
[data-testid="stHeaderActionElements"] a[href^="#"] {{ display: none !important; }}

/* 1.4.10: on a phone a table fits the screen, its words wrapping in narrower columns, instead of sitting
   in a sideways scroll box that a keyboard cannot scroll. */
@media (max-width: 640px) {{
  [data-testid="stTable"] table {{ table-layout: fixed; width: 100% !important; min-width: 0 !important; }}
  [data-testid="stTable"] th, [data-testid="stTable"] td {{ padding: 0.3rem 0.25rem !important; }}
  [data-testid="stTable"] :is(th, td, th *, td *) {{
    white-space: normal !important; overflow-wrap: anywhere !important; hyphens: auto;
  }}
}}
</style>
"""

# Black on white at 26px and above reads from the back of a classroom; buttons get a thick outline.
_PROJECTOR_CSS = """
<style>
[data-testid="stMain"] { font-size: 26px; color: #000; background: #fff; }
[data-testid="stMain"] h1 { font-size: 56px; }
[data-testid="stMain"] h2 { font-size: 44px; }
[data-testid="stMain"] h3 { font-size: 34px; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 26px; line-height: 1.4; }
[data-testid="stMain"] button { font-size: 24px; border: 3px solid #000; }
</style>
"""


def site() -> None:
    """The site-wide style: visible keyboard focus and labels that grow with their text. Called once, in app.py."""
    st.html(_SITE_CSS)


def projector() -> None:
    st.html(_PROJECTOR_CSS)
