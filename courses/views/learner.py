"""The learner's pages outside the page tree: "Moje szkolenia" and certificates."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header

from courses import certificates
from courses.learning.overview import progress_of_learner
from portal import audit, render_limits


@login_required
def my_courses(request):
    """/konto/szkolenia/: the learner's courses with progress, "Kontynuuj", completion and certificate."""
    progress = progress_of_learner(request.user)
    return render(
        request,
        "courses/my_courses.html",
        {
            "in_progress": [item for item in progress if not item.enrolment.completed_at],
            "completed": [item for item in progress if item.enrolment.completed_at],
        },
    )


@login_required
def certificate_pdf(request, code):
    """/konto/zaswiadczenia/<code>.pdf: the PDF for its own learner, or a coordinator; to anyone else 404."""
    certificate = certificates.find_certificate(code)
    if certificate is None or certificate.is_revoked:
        raise Http404
    if certificate.enrolment.user_id != request.user.pk and not request.user.has_perm("courses.view_all_learners"):
        raise Http404
    try:
        content = certificates.certificate_pdf_bytes(certificate, request)
    except render_limits.RenderRefused as refused:
        return render_limits.refused_response(request, refused)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, certificates.pdf_filename(certificate))
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    if certificate.enrolment.user_id != request.user.pk:  # a coordinator's copy; a learner's own is not logged
        details = {"code": certificate.code, "course": certificate.course_title}
        audit.log_export(request, certificate.enrolment.user, "certificate", **details)
    return response


def verify_certificate(request, code=None):
    """/zaswiadczenie/<code>/: the public check of a printed certificate (name, course, date and nothing more).

    /zaswiadczenie/ without a code: a form to type one in, leading to the code's page."""
    status = 200
    certificate = None
    if code is None:
        form = certificates.VerificationForm(request.GET if "kod" in request.GET else None)
        if form.is_valid():
            return redirect("courses:verify_certificate", code=form.cleaned_data["kod"])
    else:
        form = certificates.VerificationForm()
        certificate = certificates.find_certificate(code)
        if certificate is None:
            status = 404
    context = {
        "code_given": code is not None,
        "certificate": certificate,
        "completed_on": certificates.completion_date(certificate) if certificate else None,
        "form": form,
    }
    response = render(request, "courses/verify_certificate.html", context, status=status)
    response["Cache-Control"] = "no-cache"  # a revocation shows at once, whatever sits between
    response["X-Robots-Tag"] = "noindex"
    return response
