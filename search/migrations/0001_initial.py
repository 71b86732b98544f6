"""SearchTerm moves from portal to search (issue 21): the same table, portal_searchterm, and content type."""

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
    ]

    operations = [
        # The table stays where it is (Meta.db_table); only Django's idea of the model's app changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SearchTerm',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=8, verbose_name='language')),
                        ('folded', models.CharField(db_index=True, max_length=40, verbose_name='form without diacritics')),
                        ('lemma', models.CharField(max_length=40, verbose_name='lemma')),
                        ('length', models.PositiveSmallIntegerField(verbose_name='length')),
                    ],
                    options={
                        'verbose_name': 'search term',
                        'verbose_name_plural': 'search terms',
                        'db_table': 'portal_searchterm',
                        'indexes': [models.Index(fields=['language', 'length'], name='search_term_length')],
                        'constraints': [models.UniqueConstraint(fields=('language', 'folded', 'lemma'), name='unique_search_term')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_type("portal", "search", "searchterm"),
            move_content_type("search", "portal", "searchterm"),
        ),
    ]
