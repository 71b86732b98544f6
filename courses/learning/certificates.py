"""Certificates: issued once on completion, revoked and restored by coordinators, anonymised on request.

Drawing the PDF and checking a code are courses/certificates.py; this module only writes the rows.
"""

from django.db.models import Q
from django.utils import timezone

from courses.models.learning import Certificate


def learner_name(user):
    return user.get_full_name().strip() or user.get_username()


def issue_certificate(enrolment):
    certificate, _created = Certificate.objects.get_or_create(
        enrolment=enrolment,
        defaults={
            "learner_name": learner_name(enrolment.user),
            "course_title": enrolment.course.title,
            "minutes": enrolment.course.total_minutes,
        },
    )
    return certificate


def revoke_certificate(certificate, *, by, reason):
    """Revoke a valid certificate; returns whether this call revoked it.

    A conditional UPDATE: of two coordinators (or a double click) the first revocation stays."""
    return bool(
        Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_by=by, revocation_reason=reason
        )
    )


def restore_certificate(certificate):
    """Make a revoked certificate valid again; returns whether this call restored it."""
    return bool(
        Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=False).update(
            revoked_at=None, revoked_by=None, revocation_reason=""
        )
    )


def revoke_and_erase_names(user, *, by, at, reason, erased_name):
    """The anonymisation of a learner's certificates: each is revoked (by ``by``, for ``reason``) and carries
    ``erased_name`` instead of the learner's name. Returns how many needed a change (0 when run again)."""
    certificates = Certificate.objects.filter(enrolment__user=user)
    changed = certificates.filter(Q(revoked_at__isnull=True) | ~Q(learner_name=erased_name)).count()
    certificates.filter(revoked_at__isnull=True).update(revoked_at=at, revoked_by=by, revocation_reason=reason)
    certificates.exclude(learner_name=erased_name).update(learner_name=erased_name)
    return changed
