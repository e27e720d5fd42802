"""A bare Streamlit page doing nothing, the yardstick for page cost."""

import streamlit as st

st.write("Hello")
