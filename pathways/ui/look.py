"""Large type and strong contrast for a projector, switched on by the presenter page only."""

from __future__ import annotations

import streamlit as st

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


def projector() -> None:
    st.html(_PROJECTOR_CSS)
