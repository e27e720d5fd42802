"""The site-wide focus outline stands out 3:1 from every background the theme paints (WCAG 1.4.11)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pathways.colours import GRAPHICS, contrast
from pathways.ui import look

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


def test_the_focus_outline_stands_out_from_every_theme_background() -> None:
    theme = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["theme"]
    for background in (theme["backgroundColor"], theme["secondaryBackgroundColor"], "#f0f2f6"):
        assert contrast(look.FOCUS, background) >= GRAPHICS, background
    assert look.FOCUS_WIDTH_PX >= 2


def test_app_py_applies_the_site_style_once_before_any_page_runs() -> None:
    source = (CONFIG.parents[1] / "app.py").read_text(encoding="utf-8")
    assert source.count("look.site()") == 1
    assert source.index("look.site()") < source.index("st.navigation(")
