"""The coordinators' screens in the Wagtail admin: certificates, exercise reviews, course reports.

Registered by courses/wagtail_hooks.py. Django's admin autodiscovery imports this package too, so it imports nothing.
"""
