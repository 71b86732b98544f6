"""Uploading images in the admin: raster pictures only, re-encoded so that no EXIF (GPS) or appended
bytes are stored; SVG and files that are not pictures are refused with a clear message."""

import hashlib
import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import ExifTags, Image, ImageCms
from wagtail.models import Collection, UploadedFile

from portal import images
from portal.governance import editors_group_name, setup_governance
from portal.models import PortalImage
from portal.storage import object_headers
from tests.governance.utils import make_user
from tests.portal.utils import soup

PAYLOAD = b"<html><body><script>alert(document.cookie)</script></body></html>"
GPS_LATITUDE = (50.0, 52.0, 12.5)  # Kielce


def exif_with_gps(orientation=6):
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Aparat"
    exif[ExifTags.Base.Model] = "Telefon pracownicy socjalnej"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (20.0, 37.0, 42.0)
    return exif


def photo(width=60, height=30):
    """A picture whose top-left corner is blue, the rest red: where the corner ends up shows the rotation."""
    picture = Image.new("RGB", (width, height), (200, 30, 30))
    for x in range(10):
        for y in range(10):
            picture.putpixel((x, y), (20, 40, 220))
    return picture


def polyglot_jpeg():
    """A 60×30 JPEG taken "sideways" (EXIF orientation 6: show it turned 90° clockwise), with GPS
    coordinates, a comment, and an HTML page appended after the picture's end."""
    buffer = io.BytesIO()
    photo().save(buffer, "JPEG", quality=95, exif=exif_with_gps(), comment=b"<script>alert(2)</script>")
    return buffer.getvalue() + PAYLOAD


def png_bytes(mode="RGBA", size=(12, 8), **options):
    buffer = io.BytesIO()
    Image.new(mode, size, (10, 20, 30, 128) if mode == "RGBA" else 1).save(buffer, "PNG", **options)
    return buffer.getvalue()


def bmp_bytes():
    buffer = io.BytesIO()
    photo().save(buffer, "BMP")
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'


def opened(data):
    picture = Image.open(io.BytesIO(data))
    picture.load()
    return picture


def assert_clean_jpeg(data):
    """A valid JPEG that ends where the picture ends, with no EXIF, GPS, comment or payload."""
    picture = opened(data)
    assert picture.format == "JPEG"
    assert data.endswith(b"\xff\xd9"), "nothing may follow the picture's end marker"
    assert b"<html" not in data and b"<script" not in data and b"alert" not in data
    assert b"Exif\x00\x00" not in data
    assert not picture.getexif() and "comment" not in picture.info and "exif" not in picture.info
    return picture


def assert_upright(picture):
    """The 60×30 sideways photo, turned as its EXIF said: 30×60, the blue corner now top right."""
    assert picture.size == (30, 60)
    red, _green, blue = picture.convert("RGB").getpixel((picture.width - 3, 3))
    assert blue > 150 and red < 100, "the EXIF orientation was applied before it was dropped"


def assert_stored_as_reencoded(image):
    """The image's file, size, hash, width and height are those of the clean file in storage."""
    image.refresh_from_db()
    with image.file.open("rb") as stored:
        data = stored.read()
    picture = assert_clean_jpeg(data)
    assert_upright(picture)
    assert (image.width, image.height) == picture.size
    assert image.file_size == len(data)
    assert image.file_hash == hashlib.sha1(data).hexdigest()
    assert image.file.name.startswith("original_images/") and image.file.name.endswith(".jpg")
    return data


def polish(message, **params):
    with translation.override("pl"):
        text = gettext(message)
        return " ".join((text % params if params else text).split())


NOT_AN_IMAGE = (
    "This file is not a picture the portal can publish, or it is damaged. "
    "Save it again as JPEG, PNG, GIF or WebP and upload it once more."
)
ONLY_RASTER = "Only %(formats)s images can be uploaded. Save drawings (SVG) and other formats as PNG first."
FORMATS = "GIF, JPG, JPEG, PNG, WEBP"


@pytest.fixture
def editor(client, regions):
    """An editor of ROPS Kielce, who may add images to the region's collection, signed in to the admin."""
    setup_governance()
    client.force_login(make_user("redaktorka", editors_group_name(regions.kielce.region), regions.kielce.region))
    return client


@pytest.fixture
def collection(editor, regions):
    return Collection.objects.get(name=regions.kielce.region.short_name)


def stored_files(media_root):
    return sorted(str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file())


def file_errors(response):
    errors = soup(response).select_one('[data-contentpath="file"] .w-field__errors')
    return " ".join(errors.get_text().split())


def add(editor, collection, name, data, **fields):
    return editor.post(
        reverse("wagtailimages:add"),
        {
            "title": "Spotkanie zespołu w Chmielniku",
            "collection": collection.pk,
            "alt_text": "Członkowie zespołu przy stole",
            "file": SimpleUploadedFile(name, data, content_type="image/jpeg"),
            **fields,
        },
    )


def upload_several(editor, collection, name, data):
    return editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile(name, data, content_type="image/jpeg"), "collection": collection.pk},
    )


# The settings ------------------------------------------------------------------------------------------


def test_svg_is_not_among_the_formats_wagtail_accepts(settings):
    assert settings.WAGTAILIMAGES_EXTENSIONS == ["gif", "jpg", "jpeg", "png", "webp"]
    assert settings.WAGTAILIMAGES_IMAGE_FORM_BASE == "portal.forms.PortalImageForm"


# Re-encoded uploads -----------------------------------------------------------------------------------


def test_the_add_form_stores_the_photo_upright_without_exif_gps_or_the_appended_page(editor, collection):
    original = polyglot_jpeg()
    assert opened(original).getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == GPS_LATITUDE

    response = add(editor, collection, "zdjecie-ze-spotkania.jpg", original)

    assert response.status_code == 302, file_errors(response)
    image = PortalImage.objects.get()
    data = assert_stored_as_reencoded(image)
    assert data != original and b"Telefon pracownicy" not in data
    assert image.collection == collection and image.alt_text == "Członkowie zespołu przy stole"


def test_the_multiple_upload_re_encodes_the_waiting_file_and_the_image(editor, collection, media_root):
    response = upload_several(editor, collection, "zdjecie.jpg", polyglot_jpeg())

    # The alternative text is required, so the file waits (UploadedFile) for the editor's form.
    assert response.json()["success"] is True, response.json()
    upload = UploadedFile.objects.get()
    with upload.file.open("rb") as waiting:
        assert_upright(assert_clean_jpeg(waiting.read()))

    upload_id = response.json()["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}"
    finished = editor.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"{prefix}-title": "Spotkanie",
            f"{prefix}-collection": collection.pk,
            f"{prefix}-alt_text": "Członkowie zespołu przy stole",
            f"{prefix}-tags": "",
            f"{prefix}-description": "",
        },
    )

    assert finished.json()["success"] is True, finished.json()
    assert_stored_as_reencoded(PortalImage.objects.get())
    assert not UploadedFile.objects.exists()
    assert [name for name in stored_files(media_root) if not name.startswith("images/")] == [
        PortalImage.objects.get().file.name
    ]


def test_the_multiple_upload_without_a_missing_field_re_encodes_at_once(editor, collection, monkeypatch):
    """Were no field missing after the upload (no alt text required), the image would be made at once."""
    monkeypatch.setattr(PortalImage, "clean", lambda self: None)

    response = upload_several(editor, collection, "zdjecie.jpg", polyglot_jpeg())

    assert response.json()["success"] is True
    assert "image_id" in response.json()
    assert_stored_as_reencoded(PortalImage.objects.get())


def test_the_chooser_upload_re_encodes_too(editor, collection):
    response = editor.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Spotkanie",
            "image-chooser-upload-collection": collection.pk,
            "image-chooser-upload-alt_text": "Członkowie zespołu przy stole",
            "image-chooser-upload-file": SimpleUploadedFile("zdjecie.jpg", polyglot_jpeg()),
        },
    )

    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "chosen"
    assert_stored_as_reencoded(PortalImage.objects.get())


def test_replacing_the_file_of_an_image_re_encodes_the_new_one(editor, collection):
    assert add(editor, collection, "pierwsze.png", png_bytes()).status_code == 302
    image = PortalImage.objects.get()

    response = editor.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": image.title,
            "collection": collection.pk,
            "alt_text": image.alt_text,
            "file": SimpleUploadedFile("drugie.jpg", polyglot_jpeg()),
        },
    )

    assert response.status_code == 302
    assert_stored_as_reencoded(image)


def test_an_image_saved_by_code_is_re_encoded_as_well(db):
    """Imports and scripts store files without the admin's form: the model's file field re-encodes them."""
    image = PortalImage(title="Z importu", alt_text="Zdjęcie", file=ContentFile(polyglot_jpeg(), name="import.jpg"))
    image.save()

    assert_stored_as_reencoded(image)


# Refused uploads -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("rysunek.svg", SVG),
        ("rysunek.SVG", SVG),
        ("strona.html", PAYLOAD),
        ("zdjecie.avif", png_bytes()),
        ("skan.bmp", bmp_bytes()),
    ],
)
def test_svg_and_other_formats_are_refused_by_their_extension(editor, collection, media_root, name, data):
    response = add(editor, collection, name, data)

    assert response.status_code == 200
    assert file_errors(response) == polish(ONLY_RASTER, formats=FORMATS)
    assert not PortalImage.objects.exists()
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tekst.png", "To jest zwykły tekst, nie obrazek.".encode()),
        ("strona.jpg", PAYLOAD),
        ("rysunek.png", SVG),
        ("dokument.webp", b"%PDF-1.4\n" + b"x" * 200),
        ("uciete.jpg", polyglot_jpeg()[:400]),
    ],
    ids=["text", "html", "svg", "pdf", "truncated"],
)
def test_content_that_is_not_a_picture_is_refused_whatever_its_name(editor, collection, media_root, name, data):
    response = add(editor, collection, name, data)

    assert response.status_code == 200
    errors = file_errors(response)
    assert errors == polish(NOT_AN_IMAGE)
    assert not PortalImage.objects.exists()
    assert stored_files(media_root) == []


def test_the_multiple_upload_refuses_svg_and_text_with_the_messages(editor, collection, media_root):
    svg = upload_several(editor, collection, "rysunek.svg", SVG).json()
    text = upload_several(editor, collection, "obrazek.png", b"To nie jest obrazek.").json()

    assert svg == {"success": False, "error_message": polish(ONLY_RASTER, formats=FORMATS)}
    assert text == {"success": False, "error_message": polish(NOT_AN_IMAGE)}
    assert not PortalImage.objects.exists() and not UploadedFile.objects.exists()
    assert stored_files(media_root) == []


def test_an_image_over_the_size_limit_is_refused(editor, collection, settings, media_root):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    data = png_bytes(mode="RGB", size=(200, 200), compress_level=0)
    assert len(data) > 1000

    response = add(editor, collection, "duze.png", data)

    assert response.status_code == 200
    assert "1000" in file_errors(response) or "KB" in file_errors(response)
    assert stored_files(media_root) == []


def test_an_svg_image_saved_by_code_is_refused(db):
    with pytest.raises(Exception, match="not a picture|nie jest"):
        PortalImage(title="Rysunek", alt_text="Rysunek", file=ContentFile(SVG, name="rysunek.png")).save()
    assert not PortalImage.objects.exists()


# What re-encoding keeps -------------------------------------------------------------------------------


def reencoded(data, name):
    return opened(images.reencode(data, name).read())


def test_png_stays_png_with_its_transparency_and_without_its_text_chunks():
    from PIL import PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "<script>alert(1)</script>")
    palette = Image.new("P", (12, 8), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0, 0, 160, 0, 0, 0, 255])
    palette.putpixel((0, 0), 2)
    buffer = io.BytesIO()
    palette.save(buffer, "PNG", pnginfo=text, transparency=1)

    data = images.reencode(buffer.getvalue(), "paleta.png").read()
    picture = opened(data)

    assert picture.format == "PNG" and picture.mode == "P"
    assert picture.convert("RGBA").getpixel((5, 5)) == (255, 0, 0, 0)
    assert picture.convert("RGBA").getpixel((0, 0)) == (0, 160, 0, 255)
    assert b"Comment" not in data and b"<script>" not in data
    assert reencoded(png_bytes(), "alfa.png").getpixel((3, 3)) == (10, 20, 30, 128)


def test_an_animated_gif_keeps_its_frames_durations_and_loop_but_not_its_comment():
    frames = [Image.new("RGB", (20, 10), colour) for colour in ((255, 0, 0), (0, 160, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0, comment=b"<script>"
    )

    data = images.reencode(buffer.getvalue(), "animacja.gif").read()
    picture = opened(data)

    assert picture.format == "GIF" and picture.n_frames == 3 and picture.info["loop"] == 0
    durations = []
    for index in range(3):
        picture.seek(index)
        durations.append(picture.info["duration"])
        assert picture.convert("RGB").getpixel((5, 5)) == frames[index].getpixel((5, 5))
    assert durations == [100, 200, 300]
    assert b"<script>" not in data


def test_webp_keeps_lossless_or_lossy_coding():
    lossless, lossy = io.BytesIO(), io.BytesIO()
    Image.new("RGBA", (10, 10), (1, 2, 3, 100)).save(lossless, "WEBP", lossless=True, exif=exif_with_gps())
    Image.new("RGB", (10, 10), (1, 2, 3)).save(lossy, "WEBP", quality=50)

    kept_lossless = images.reencode(lossless.getvalue(), "a.webp").read()
    kept_lossy = images.reencode(lossy.getvalue(), "b.webp").read()

    assert b"VP8L" in kept_lossless[:40] and b"EXIF" not in kept_lossless
    assert opened(kept_lossless).getpixel((5, 5)) == (1, 2, 3, 100)
    assert b"VP8 " in kept_lossy[:40]


def test_a_cmyk_jpeg_becomes_rgb_and_an_icc_profile_is_kept():
    cmyk = io.BytesIO()
    Image.new("CMYK", (10, 10), (0, 255, 255, 0)).save(cmyk, "JPEG")
    red = reencoded(cmyk.getvalue(), "druk.jpg")
    assert red.mode == "RGB" and red.getpixel((5, 5))[0] > 240

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    tagged = io.BytesIO()
    photo().save(tagged, "JPEG", icc_profile=profile)
    assert reencoded(tagged.getvalue(), "srgb.jpg").info["icc_profile"] == profile


# Media served from a bucket ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "headers"),
    [
        ("original_images/zdjecie.jpg", {"ContentType": "image/jpeg"}),
        ("images/zdjecie.width-960.webp", {"ContentType": "image/webp"}),
        ("documents/model.pdf", {"ContentType": "application/pdf", "ContentDisposition": "attachment"}),
        ("documents/strona.html", {"ContentType": "text/html", "ContentDisposition": "attachment"}),
        ("wagtail_uploads/rysunek.svg", {"ContentType": "image/svg+xml", "ContentDisposition": "attachment"}),
        ("documents/bez-rozszerzenia", {"ContentType": "application/octet-stream", "ContentDisposition": "attachment"}),
    ],
)
def test_bucket_objects_are_downloads_unless_they_are_raster_images(name, headers):
    assert object_headers(name) == headers


def test_the_bucket_storage_sets_the_headers_of_each_object(settings):
    from portal.storage import MediaStorage

    storage = MediaStorage(bucket_name="media", access_key="x", secret_key="y", object_parameters={"CacheControl": "a"})

    assert storage.get_object_parameters("documents/model.docx") == {
        "CacheControl": "a",
        "ContentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "ContentDisposition": "attachment",
    }
    assert storage._get_write_parameters("original_images/a.png", SimpleUploadedFile("a.png", b"", "text/html")) == {
        "CacheControl": "a",
        "ContentType": "image/png",
    }
