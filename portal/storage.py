"""Media in an S3-compatible bucket (production with MEDIA_BUCKET): the headers each object is stored with.

The bucket (or the CDN in front of it) serves the files itself, with the headers stored with each
object. Its Content-Type comes from the file's extension, never from what the uploading browser said;
only the raster images the portal publishes (JPEG, PNG, GIF, WebP: re-encoded on upload, see
portal.images) may be shown in the browser, everything else is sent as a download
(Content-Disposition: attachment). Buckets cannot store X-Content-Type-Options: the CDN adds it
(docs/operations.md, "Media").
"""

import mimetypes

from storages.backends.s3 import S3Storage

INLINE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


def object_headers(name):
    """The Content-Type and Content-Disposition an object called ``name`` is stored with."""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    headers = {"ContentType": content_type}
    if content_type not in INLINE_TYPES:
        headers["ContentDisposition"] = "attachment"
    return headers


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        return {**super().get_object_parameters(name), **object_headers(name)}
