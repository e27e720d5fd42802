"""Pathways Explorer: page set-up and navigation only. Each page is a short module in pathways/ui/."""

import streamlit as st

from pathways.ui import classroom, look, menu

# The pages and their menu groups are listed once, in pathways/pages.py. Streamlit's own menu is hidden: its
# sections are not a list a screen reader can use (axe "list"), so pathways/ui/menu.py draws the menu instead.
PAGES = menu.streamlit_pages()

st.set_page_config(page_title="Pathways Explorer", page_icon="🧭", layout="wide")
look.site()  # visible keyboard focus and text spacing on every page (WCAG 2.4.7, 1.4.11, 1.4.12)
classroom.take_link()  # a /?class=CODE link joins a class session on whichever page it opens
page = st.navigation(list(PAGES.values()), position="hidden")
menu.show(PAGES, menu.current_url(PAGES, page))
page.run()
