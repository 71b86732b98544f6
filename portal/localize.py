"""Translating pages through wagtail-localize from code (demo content, imports, tests)."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


class MissingTranslations(ValueError):
    pass


def translate_page(page, locale, strings, publish=True):
    """Create or update the synced translation of ``page`` in ``locale`` and return it.

    ``strings`` maps each source string to its translation; a slug is looked up as "slug:<slug>".
    Every string segment must be covered, so nothing is silently left in the source language.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        key = f"slug:{segment.string.data}" if segment.context.path == "slug" else segment.string.data
        if key not in strings:
            missing.append(key)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": strings[key], "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise MissingTranslations(f"The translation of {page.title!r} lacks: {missing}")
    # wagtail-localize publishes in transaction.on_commit, from a revision made before any later
    # children exist (publishing it then resets the page's child count). Publish here, at once.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    if publish:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target
