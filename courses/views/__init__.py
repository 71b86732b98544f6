"""Request handling of the courses: the pages' routes (courses.py, lessons.py, genogram_editor.py) and the
learner's own pages outside the page tree (learner.py). The page models call these; none imports them back.
"""
