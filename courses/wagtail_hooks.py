# Each module registers its own admin views and menu items.
from courses import admin_certificates, admin_exercises, admin_reports  # noqa: F401
