"""Pathways Explorer: page set-up and navigation only. Each page is a short module in pathways/ui/."""

import streamlit as st

from pathways import pages
from pathways.ui import classroom, look

# The pages are listed once, in pathways/pages.py: add a page there. One flat list, not sections: Streamlit's
# section headings break the menu's list for screen readers (axe "list"; see tests/e2e/axe.py).
PAGES = [
    st.Page(page.file, title=page.title, icon=page.icon, url_path=page.url_path, default=page.default)
    for page in pages.PAGES
]

st.set_page_config(page_title="Pathways Explorer", page_icon="🧭", layout="wide")
look.site()  # visible keyboard focus and text spacing on every page (WCAG 2.4.7, 1.4.11, 1.4.12)
classroom.take_link()  # a /?class=CODE link joins a class session on whichever page it opens
st.navigation(PAGES).run()
