"""Models, data and training code for the Deep Learning Playground.

Plain Python and PyTorch only: nothing in this package imports streamlit, so every function
can be tested directly and reused outside the app.
"""
