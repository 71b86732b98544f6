"""Training exercises placed in lessons: the genogram, the SMART goal worksheet, the empowerment self-assessment.

The logic of each exercise is plain Python with no Django models (validation, layout, scoring, drawing),
so it is the same in the browser, in PDFs and in tests; learner submissions are stored elsewhere.
"""
