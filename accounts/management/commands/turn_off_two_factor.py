"""manage.py turn_off_two_factor USER: for someone who lost both their phone and their recovery codes."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor
from portal.audit import log_two_factor


class Command(BaseCommand):
    help = "Removes a user's authenticator app and recovery codes; they set up a new app at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user name (for learners, their e-mail address).")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username__iexact=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        two_factor.turn_off(user)
        log_two_factor(None, user, "removed")
        self.stdout.write(f"Two-step sign-in removed for {user.get_username()}.")
