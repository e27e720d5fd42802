"""Class sessions: an anonymous summary of what a class explored, for the teacher's careers records.

codes.py makes and checks class codes; store.py keeps counts (SQLite or
PostgreSQL); member.py is one pupil's tab; summary.py is what anyone sees of the
counts (small ones hidden) and the CSV and PDF. No Streamlit here: the pages are
pathways/ui/class_summary.py and pathways/ui/classroom.py.
"""

from pathways.classroom.errors import ClassError, MistypedCodeError, StoreUnavailableError, UnknownClassError
from pathways.classroom.store import ClassSession, ClassStore, Summary, open_store

__all__ = [
    "ClassError",
    "ClassSession",
    "ClassStore",
    "MistypedCodeError",
    "StoreUnavailableError",
    "Summary",
    "UnknownClassError",
    "open_store",
]
