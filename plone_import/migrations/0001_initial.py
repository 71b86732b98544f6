"""PloneItem moves from portal to plone_import (issue 21): the same table, portal_ploneitem, and content type."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(old_app, new_app, model):
    """Keep the content type row (and the permissions and log entries that point at it): rename its app."""

    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=new_app, model=model).delete()  # none but on a half-migrated database
        ContentType.objects.filter(app_label=old_app, model=model).update(app_label=new_app)

    return move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0012_statement_exemptions_and_address"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        # The table stays where it is (Meta.db_table); only Django's idea of the model's app changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PloneItem',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('uid', models.CharField(max_length=64, unique=True, verbose_name='Plone UID')),
                        ('portal_type', models.CharField(max_length=60, verbose_name='Plone type')),
                        ('language', models.CharField(blank=True, max_length=8, verbose_name='language')),
                        ('old_path', models.CharField(help_text="Relative to the old site's root.", max_length=1000, verbose_name='old address')),
                        ('digest', models.CharField(max_length=64, verbose_name='digest of the imported data')),
                        ('imported_at', models.DateTimeField(auto_now=True, verbose_name='last imported')),
                        ('document', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='portal.portaldocument', verbose_name='document')),
                        ('image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='portal.portalimage', verbose_name='image')),
                        ('page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                        ('region', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='portal.region', verbose_name='region')),
                    ],
                    options={
                        'verbose_name': 'imported Plone item',
                        'verbose_name_plural': 'imported Plone items',
                        'db_table': 'portal_ploneitem',
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_type("portal", "plone_import", "ploneitem"),
            move_content_type("plone_import", "portal", "ploneitem"),
        ),
    ]
