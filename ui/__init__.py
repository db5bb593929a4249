"""Streamlit helpers shared by every page: i18n, charts, code panels, training progress, state."""
