"""The accessibility statement's "Treści niedostępne" and "Wyłączenia" as two fields, and the body's address.

The old field "inaccessible content and exemptions" (non_compliance) becomes "inaccessible content":
its column, and its name in page revisions and translation sources, stay, so every statement keeps its
text under "Treści niedostępne" without anything being copied. An editor moves the exemptions (e.g. a
paragraph "Wyłączenia: …") into the new field; the page's validation refuses an item listed in both.
The address is empty on existing statements; the edit form asks for it before the next publication.
"""

import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0011_search_document_column"),
    ]

    operations = [
        migrations.AddField(
            model_name="accessibilitystatementpage",
            name="entity_address",
            field=models.CharField(
                default="",
                help_text=(
                    "Street and number, postcode and town of the body's seat, e.g. “ul. Witosa 86, 25-561 Kielce”. "
                    "Complaints are sent there, and the section on architectural accessibility gives it as the "
                    "building's address."
                ),
                max_length=300,
                verbose_name="address of the public body",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="accessibilitystatementpage",
            name="exemptions",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text=(
                    "One list point per item: content the Act exempts from the accessibility requirement, e.g. "
                    "recordings (audio and video) published before 23 September 2020 or office files published "
                    "before 23 September 2018. An item is either here or under inaccessible content, never in both."
                ),
                verbose_name="exemptions",
            ),
        ),
        migrations.AlterField(
            model_name="accessibilitystatementpage",
            name="non_compliance",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text=(
                    "One list point per item: what is not accessible, why, and how to get it another way. "
                    "Recordings (audio and video) published on or after 23 September 2020 without captions or a "
                    "transcript belong here. Required unless the website is fully compliant."
                ),
                verbose_name="inaccessible content",
            ),
        ),
        migrations.AlterField(
            model_name="accessibilitystatementpage",
            name="procedure",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text=(
                    "Only what the standard text does not say, e.g. that requests may also be handed in at the "
                    "reception. The page itself gives the procedure: the 7-day deadline, the complaint and the "
                    "Rzecznik Praw Obywatelskich."
                ),
                verbose_name="more about requests and complaints",
            ),
        ),
    ]
