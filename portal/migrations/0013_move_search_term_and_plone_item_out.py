"""SearchTerm and PloneItem now belong to the search and plone_import apps (issue 21): they leave portal's
state only; their tables and rows stay (search/migrations/0001, plone_import/migrations/0001)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0012_statement_exemptions_and_address"),
        ("search", "0001_initial"),
        ("plone_import", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SearchTerm"),
                migrations.DeleteModel(name="PloneItem"),
            ],
            database_operations=[],
        ),
    ]
