"""Keep cached listing choices and the cached header and footer current when pages or settings change;
re-encode images waiting in the multiple upload."""

import os

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, UploadedFile
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.content_version import new_content_version
from portal.images import reencode
from portal.models import FooterLink, ModelDocumentPage, PortalDocument, PortalImage, PortalSettings, SocialLink


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    new_content_version()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        new_content_version()


@receiver(post_save)
def live_page_saved(sender, instance, **kwargs):
    # Pages can be made live without the publish signal (imports, bulk scripts, tests' factories);
    # a saved live page may change any listing. Drafts of unpublished pages change none.
    if isinstance(instance, Page) and instance.live:
        new_content_version()


@receiver(post_save, sender=PortalSettings)
@receiver(post_save, sender=FooterLink)
@receiver(post_save, sender=SocialLink)
@receiver(post_delete, sender=FooterLink)
@receiver(post_delete, sender=SocialLink)
def settings_changed(sender, **kwargs):
    # The header and footer (portal_chrome) are cached under the same version.
    new_content_version()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, **kwargs):
    # Listings exclude restricted subtrees through cached paths (portal/visibility.py).
    new_content_version()


@receiver(post_save, sender=PortalDocument)
def document_saved(sender, instance, update_fields=None, **kwargs):
    # A model document page is found by its files' text: a new text reindexes the live pages listing it.
    if update_fields is not None and "text_content" not in update_fields and "file" not in update_fields:
        return
    pages = ModelDocumentPage.objects.live().filter(files__document=instance).distinct()
    for page in pages:
        index.insert_or_update_object(page)
    if pages:
        new_content_version()  # cached search results may now miss or wrongly hold these pages


@receiver(pre_save, sender=UploadedFile)
def image_upload_saved(sender, instance, **kwargs):
    """The multiple upload keeps an image in wagtail_uploads/ (media) until the editor has given its
    alternative text: re-encoded there too, so no EXIF or appended bytes wait in media meanwhile.
    (The image made from it is re-encoded once more when it is stored: portal.images.)"""
    file = instance.file
    if not file or file._committed:
        return
    if instance.for_content_type_id != ContentType.objects.get_for_model(PortalImage).pk:
        return
    instance.file = reencode(file.file, os.path.basename(file.name))
