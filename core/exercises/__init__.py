"""Exercises as data: each page's questions, a variant per learner, and a grader per question.

`core.exercises.base` holds the model (Exercise, Verdict, grade); one module per page
(`core.exercises.<page>`) declares that page's EXERCISES, whose oracles are the same core
functions the page calls; `core.exercises.catalog` lists them all. No streamlit here: tests and
the downloaded notebooks grade with exactly the code the page uses.
"""
