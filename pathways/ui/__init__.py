"""The only Streamlit code: one short module per page, plus shared state and widgets."""
