"""The menu: the pages of `pathways.pages` in groups, each a real list under a real heading.

Streamlit's own sectioned menu (`st.navigation({"Section": [...]})`, still so in
1.67) puts each section's heading and a `<div>` straight inside the `<ul>`, so a
screen reader no longer hears a list (axe "list" and "listitem", serious). So the
app keeps Streamlit's navigation for addresses and page changes but hides its
menu (`position="hidden"`), and draws its own in the sidebar: per group an `<h2>`
and the group's `st.page_link`s, which change page inside the same session just
as Streamlit's menu does. A few lines of script, in this page only and asking
nothing of the network, give the groups the roles Streamlit's containers cannot
carry: the whole menu a navigation landmark, each group a list named by its
heading, each link a list item, the current page's link `aria-current="page"`;
and on a phone, where the menu covers the page, choosing a page closes it.
"""

from __future__ import annotations

import html
import json

import streamlit as st

from pathways import links, pages

NAV_LABEL = "Menu"
_MENU_KEY = "menu"
_GROUP_KEY = "menu-group-{n}"
_HEADING_ID = "menu-heading-{n}"

# Runs in the page. React redraws the sidebar on every run, so the roles are set again whenever it changes
# (a MutationObserver, set up once per tab); each run of a page only says which page is current.
_ROLES = """<script>(() => {
  window.__pathwaysMenu = {current: %s};
  if (window.__pathwaysMenuApply) { window.__pathwaysMenuApply(); return; }
  const set = (el, name, value) => { if (el.getAttribute(name) !== value) el.setAttribute(name, value); };
  const apply = () => {
    const menu = document.querySelector('.st-key-menu');
    if (!menu) return;
    set(menu, 'role', 'navigation');
    set(menu, 'aria-label', %s);
    for (const group of menu.querySelectorAll('[class*="st-key-menu-group-"]')) {
      const n = [...group.classList].find((c) => c.startsWith('st-key-menu-group-')).slice('st-key-menu-group-'.length);
      set(group, 'role', 'list');
      set(group, 'aria-labelledby', 'menu-heading-' + n);
      for (const item of group.children) set(item, 'role', 'listitem');
    }
    const current = 'st-key-menu-page-' + window.__pathwaysMenu.current;
    for (const link of menu.querySelectorAll('[class*="st-key-menu-page-"] a')) {
      const here = [...link.closest('[class*="st-key-menu-page-"]').classList].includes(current);
      if (here) set(link, 'aria-current', 'page');
      else if (link.hasAttribute('aria-current')) link.removeAttribute('aria-current');
    }
  };
  window.__pathwaysMenuApply = apply;
  new MutationObserver(apply).observe(document.body, {childList: true, subtree: true});
  // Where the menu covers the page (narrower than Streamlit's 768 px breakpoint), choosing a page closes it,
  // as Streamlit's own menu does, so the page chosen is what shows.
  document.addEventListener('click', (event) => {
    if (window.innerWidth >= 768 || !event.target.closest('.st-key-menu a')) return;
    document.querySelector('[data-testid="stSidebarCollapseButton"] button')?.click();
  });
  apply();
})();</script>"""


def streamlit_pages() -> dict[str, st.Page]:
    """Streamlit's page for each registry page, by url_path, in menu order; then each page's short address
    (`links.SHORT_PATHS`, presenter mode's `/p` for its QR code), hidden from the menu."""
    shown = {
        page.url_path: st.Page(page.file, title=page.title, icon=page.icon, url_path=page.url_path, default=page.default)
        for page in pages.PAGES
    }
    for url_path, short in links.SHORT_PATHS.items():
        page = pages.by_url(url_path)
        shown[short] = st.Page(page.file, title=page.title, icon=page.icon, url_path=short, visibility="hidden")
    return shown


def current_url(shown: dict[str, st.Page], running: st.Page) -> str:
    """The url_path of the page `st.navigation` chose to run."""
    full = {short: url_path for url_path, short in links.SHORT_PATHS.items()}
    for url_path, page in shown.items():
        if page is running or page.title == running.title:
            return full.get(url_path, url_path)  # at /p the menu marks presenter mode
    return pages.landing().url_path


def show(shown: dict[str, st.Page], current: str) -> None:
    """The menu in the sidebar: each group's heading, then its pages as links; `current` is the open page."""
    with st.sidebar, st.container(key=_MENU_KEY, gap=None):
        for n, (group, members) in enumerate(pages.menu()):
            heading = _HEADING_ID.format(n=n)
            st.html(f'<h2 id="{heading}" class="menu-heading">{html.escape(group)}</h2>')
            with st.container(key=_GROUP_KEY.format(n=n), gap=None):
                for page in members:
                    with st.container(key=f"menu-page-{page.url_path}"):
                        st.page_link(shown[page.url_path], width="stretch")
        st.html(_ROLES % (json.dumps(current), json.dumps(NAV_LABEL)), unsafe_allow_javascript=True, width="content")
