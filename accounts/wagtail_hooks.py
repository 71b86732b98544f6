# Each module registers its own admin views and menu items.
from accounts import admin_invitations, admin_privacy, admin_two_factor  # noqa: F401
