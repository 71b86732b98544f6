"""Uploaded images: every original is decoded and encoded again with Pillow before it is stored.

What an editor uploads may carry more than the picture: EXIF with the GPS position and the camera,
comments, XMP, or bytes after the image's end (a "polyglot" JPEG with an HTML page appended). Only
the pixels survive re-encoding, so none of that is ever stored or served from /media/.

- The EXIF orientation is applied to the pixels first, so a photo taken sideways stays upright.
- The format is kept: JPEG (quality 90), PNG, GIF and WebP (lossless stays lossless, otherwise quality
  90). Animated GIF and WebP keep their frames, frame durations and loop count (every frame a whole
  picture as Pillow composes it) up to ANIMATION_PIXEL_LIMIT pixels over all frames; a longer or larger
  animation, an animated PNG and an MPO (a camera's JPEG with a second picture) keep their first frame.
- A valid ICC colour profile is kept, so colours look the same; a CMYK JPEG becomes RGB (through its
  profile when it has one). EXIF, XMP, comments and every other chunk or segment are dropped.
- Anything Pillow cannot decode completely (not an image, damaged, truncated, SVG, HTML) is refused.

``reencode`` does the work; ``PortalImageField`` (PortalImage.file) calls it on every file written to
storage, whatever wrote it (the admin's forms, the multiple upload, imports, scripts), and
``portal.forms.PortalImageForm`` calls it while validating, so an editor sees the refusal under the
field. See docs/architecture.md ("Uploaded images").
"""

import hashlib
import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageCms
from wagtail.images.models import WagtailImageField, WagtailImageFieldFile

NOT_AN_IMAGE = _(
    "This file is not a picture the portal can publish, or it is damaged. "
    "Save it again as JPEG, PNG, GIF or WebP and upload it once more."
)
# The formats Pillow may decode an upload as, and the format each is stored in.
OUTPUT_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "GIF": "GIF", "WEBP": "WEBP"}
JPEG_QUALITY = 90
WEBP_QUALITY = 90
# An animation with more pixels than this over all its frames keeps its first frame only (memory).
ANIMATION_PIXEL_LIMIT = 25_000_000

# EXIF orientation → the transposition that makes the picture upright (as PIL.ImageOps.exif_transpose).
ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class ReencodedImage(ContentFile):
    """The bytes ``reencode`` made; the storage hook does not encode them a second time."""

    def __init__(self, content, name, image_format):
        super().__init__(content, name=name)
        self.image_format = image_format


def read_all(file):
    if hasattr(file, "seek"):
        file.seek(0)
    data = file.read()
    if hasattr(file, "seek"):
        file.seek(0)
    return data if isinstance(data, bytes) else data.encode()


def reencode(file, name=None):
    """The picture of ``file`` (bytes or a file) encoded again, as a ReencodedImage named ``name``.

    Raises ValidationError(NOT_AN_IMAGE) unless the content is a JPEG, PNG, GIF or WebP picture that
    Pillow decodes completely.
    """
    data = file if isinstance(file, bytes) else read_all(file)
    name = name or getattr(file, "name", None) or "image"
    try:
        with Image.open(io.BytesIO(data)) as source:
            image_format = OUTPUT_FORMATS.get(source.format)
            if image_format is None:
                raise ValidationError(NOT_AN_IMAGE, code="not_an_image")
            output = _encode(source, image_format, lossless_webp=_is_lossless_webp(data))
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for broken files: OSError, SyntaxError, ValueError…
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from error
    return ReencodedImage(output, name, image_format)


def _is_lossless_webp(data):
    """A WebP whose (first) picture is VP8L, the lossless coding: it stays lossless."""
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP" and b"VP8L" in data[12:4096]


def _frames(source):
    """[(frame, duration)] of the picture: one frame, or each frame of an animated GIF or WebP."""
    count = getattr(source, "n_frames", 1)
    animated = (
        source.format in ("GIF", "WEBP") and count > 1 and source.width * source.height * count <= ANIMATION_PIXEL_LIMIT
    )
    if not animated:
        source.load()
        return [(source, None)]
    frames = []
    for index in range(source.n_frames):
        source.seek(index)
        source.load()
        frames.append((source.convert("RGBA"), source.info.get("duration", 100)))
    return frames


def _profile(source):
    """The source's ICC profile if it is a valid one, else None."""
    icc = source.info.get("icc_profile")
    if not icc:
        return None
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except Exception:  # a damaged or fake profile is simply left out
        return None


def _clean(frame, image_format, profile, transpose):
    """The frame's pixels only, in a mode the format takes (no info: no EXIF, comments or other chunks)."""
    if frame.mode == "CMYK":
        if profile is not None:
            try:
                frame = ImageCms.profileToProfile(frame, profile, SRGB, outputMode="RGB")
            except Exception:
                frame = frame.convert("RGB")
        else:
            frame = frame.convert("RGB")
    if image_format == "JPEG" and frame.mode not in ("L", "RGB"):
        frame = frame.convert("RGB")
    elif image_format == "WEBP" and frame.mode not in ("RGB", "RGBA"):
        frame = frame.convert("RGBA" if "A" in frame.getbands() or "transparency" in frame.info else "RGB")
    elif image_format == "PNG" and frame.mode not in ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"):
        frame = frame.convert("RGBA")
    if transpose is not None:
        frame = frame.transpose(transpose)
    # Without a conversion this is the decoded source itself (no copy of a large photo): its info was
    # read before, and the encoders take comments, EXIF and the like from info when they find them.
    frame.info = {}
    return frame


def _encode(source, image_format, lossless_webp):
    orientation = source.getexif().get(ExifTags.Base.Orientation)
    transpose = ORIENTATION.get(orientation)
    profile = _profile(source)
    cmyk = source.mode == "CMYK"
    transparency = source.info.get("transparency")
    loop = source.info.get("loop")
    frames = _frames(source)
    pictures = [_clean(frame, image_format, profile, transpose) for frame, _duration in frames]
    options = {}
    if profile is not None and not cmyk:
        options["icc_profile"] = profile.tobytes()
    if image_format == "JPEG":
        options.update(quality=JPEG_QUALITY, optimize=True)
    elif image_format == "PNG":
        if transparency is not None and pictures[0].mode in ("1", "L", "I", "I;16", "P", "RGB"):
            options["transparency"] = transparency
    elif image_format == "GIF":
        options.pop("icc_profile", None)
        if len(pictures) == 1 and transparency is not None and pictures[0].mode in ("L", "P"):
            options["transparency"] = transparency
    elif image_format == "WEBP":
        if lossless_webp:
            options["lossless"] = True
        else:
            options["quality"] = WEBP_QUALITY
    if len(pictures) > 1:
        options.update(save_all=True, append_images=pictures[1:], duration=[duration for _frame, duration in frames])
        if loop is not None:
            options["loop"] = loop
    output = io.BytesIO()
    pictures[0].save(output, format=image_format, **options)
    return output.getvalue()


class PortalImageFieldFile(WagtailImageFieldFile):
    """Re-encodes every file written to storage and records its size and hash on the image."""

    def save(self, name, content, save=True):
        if not isinstance(content, ReencodedImage):
            content = reencode(content, name)
        data = read_all(content)
        self.instance.file_size = len(data)
        self.instance.file_hash = hashlib.sha1(data).hexdigest()
        super().save(name, content, save=save)


class PortalImageField(WagtailImageField):
    attr_class = PortalImageFieldFile

    def deconstruct(self):
        # The stored files change, not the column: migrations see Wagtail's field.
        name, _path, args, kwargs = super().deconstruct()
        return name, "wagtail.images.models.WagtailImageField", args, kwargs
