"""Pathways Explorer: routes from where a pupil is now to well-paid jobs in the Liverpool City Region.

The package knows nothing of Streamlit (except `pathways.ui`): data -> graph -> routes -> figures.
"""
