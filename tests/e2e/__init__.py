"""Real-browser tests: the app served by `streamlit run`, driven by Debian's Chromium through Playwright."""
