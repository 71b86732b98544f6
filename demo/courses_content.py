"""The demo's four courses of the Szkoła Kooperacji, one module each in demo/courses/."""

from demo.courses.cele_smart import COURSE as SMART
from demo.courses.empowerment import COURSE as EMPOWERMENT
from demo.courses.genogram import COURSE as GENOGRAM
from demo.courses.kooperacja_w_praktyce import COURSE as COOPERATION

# In this order on /szkola-kooperacji/; prerequisites refer to earlier courses.
COURSES = [COOPERATION, GENOGRAM, EMPOWERMENT, SMART]
