"""Where do you live? The town-or-area picker every page that lists providers or employers shares.

A pupil picks a town or area (never an address or a postcode); the choice goes
into the view, and so into the page's link as `near=`, and nowhere else.
"""

from __future__ import annotations

import streamlit as st

from pathways import near, plain_words
from pathways.graph import Graph
from pathways.places import Place

LABEL = "Where do you live?"
HELP = (
    "Pick your town or area, or start typing its name. We never ask for your address. Your choice stays in this page's link only."
)


def area_picker(graph: Graph, key: str, current: str | None) -> near.Area | None:
    """A short list of towns and areas, with type-to-search in the same box; None until one is chosen."""
    found = near.areas(graph)
    names = {a.id: f"{a.name} ({a.where})" for a in found}
    if key not in st.session_state:  # start from the view (the link); after that the box's own value wins
        st.session_state[key] = current if current in names else None
    chosen = st.selectbox(
        LABEL, list(names), format_func=lambda i: names[i], key=key, index=None, placeholder="Choose your town or area", help=HELP
    )
    return near.area(graph, chosen)


def places_line(places: list[Place], where: near.Area | None) -> str:
    """Providers or employers on one line, nearest first with "about N km" once an area is chosen; Markdown-safe."""
    if not places:
        return plain_words.md(plain_words.NOT_KNOWN)
    text = plain_words.md(plain_words.and_list([near.place_words(p) for p in places]))
    return text if where else f"{text}. {plain_words.md(near.HOW_TO_CHOOSE)}"


def where_words(place: Place) -> str:
    """ "Sefton, about 4 km" or just "Sefton": the borough, and the distance once an area is chosen."""
    return plain_words.md(f"{place.where}, {near.km_words(place.km)}" if place.km is not None else place.where)
