"""The demo's four courses of the Szkoła Kooperacji, one module each in portal/demo/courses/."""

from portal.demo.courses.cele_smart import COURSE as SMART
from portal.demo.courses.empowerment import COURSE as EMPOWERMENT
from portal.demo.courses.genogram import COURSE as GENOGRAM
from portal.demo.courses.kooperacja_w_praktyce import COURSE as COOPERATION

# In this order on /szkola-kooperacji/; prerequisites refer to earlier courses.
COURSES = [COOPERATION, GENOGRAM, EMPOWERMENT, SMART]
