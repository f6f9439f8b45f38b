"""The Policy Officer's view of applications: every language in one list, filters, review, safe export;
nobody else sees the answers."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook

from forms.models import Application, JoinFormPage
from forms.signals import POLICY_OFFICERS

from .conftest import answers

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/applications/"
FORMULAS = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)"]
# The form strips leading blanks; answers stored before a change of field type could still hold them.
STORED_ONLY = ["\t=cmd", "\r=cmd"]


def formula_applications(submit, language):
    for formula in FORMULAS:
        assert submit(f"/{language}/join/", answers(regional_government=formula)).status_code == 302
    page = JoinFormPage.objects.get(locale__language_code=language)
    for value in STORED_ONLY:
        Application.objects.create(page=page, language=language, form_data={"regional_government": value})
    return {"'" + value for value in FORMULAS + STORED_ONLY}


def user_in_group(django_user_model, name, group_name, permissions=()):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    group, _created = Group.objects.get_or_create(name=group_name)
    for codename in permissions:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


@pytest.fixture
def officer(client, demo_site, django_user_model):
    user = user_in_group(django_user_model, "renata", POLICY_OFFICERS)
    client.force_login(user)
    return user


@pytest.fixture
def applications(submit, demo_site):
    """Three applications, in Spanish, Arabic and English (the newest)."""
    for language, name in [("es", "Región Uno"), ("ar", "إقليم اثنان"), ("en", "Region Three")]:
        assert submit(f"/{language}/join/", answers(regional_government=name)).status_code == 302
    return list(Application.objects.order_by("pk"))


def test_officer_sees_applications_from_every_language_newest_first(client, officer, applications):
    response = client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(name) for name in ("Region Three", "إقليم اثنان", "Región Uno")]
    assert positions == sorted(positions)
    for language in ("Spanish", "Arabic", "English"):
        assert language in html
    assert "confirmation to the applicant: sent" in html


def test_officer_filters_by_status_and_language(client, officer, applications):
    spanish = applications[0]
    spanish.status = Application.Status.ACCEPTED
    spanish.save()
    html = client.get(LIST_URL, {"status": "accepted"}).content.decode()
    assert "Región Uno" in html and "Region Three" not in html
    html = client.get(LIST_URL, {"language": "ar"}).content.decode()
    assert "إقليم اثنان" in html and "Región Uno" not in html and "Region Three" not in html


def test_officer_reviews_an_application_with_status_and_notes(client, officer, applications):
    application = applications[1]
    url = f"/admin/applications/edit/{application.pk}/"
    page = client.get(url).content.decode()
    assert "إقليم اثنان" in page and "ana@example.org" in page
    response = client.post(url, {"status": "in_review", "internal_notes": "Call them next week."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.IN_REVIEW
    assert application.internal_notes == "Call them next week."
    assert application.form_data["regional_government"] == "إقليم اثنان"


def test_csv_export_neutralises_formula_cells(client, officer, submit, demo_site):
    expected = formula_applications(submit, "en")
    response = client.get(LIST_URL, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == len(expected)
    assert {row["Regional government"] for row in rows} == expected
    assert {row["Email"] for row in rows} == {"ana@example.org", ""}
    assert {row["Language"] for row in rows} == {"English"}


def test_xlsx_export_neutralises_formula_cells(client, officer, submit, demo_site):
    expected = formula_applications(submit, "es")
    response = client.get(LIST_URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    column = rows[0].index("Regional government")
    # XML turns a carriage return into a line feed; the quote in front is what matters.
    assert {row[column] for row in rows[1:]} == {value.replace("\r", "\n") for value in expected}
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_wagtails_list_of_submissions_names_the_country(client, submit, demo_site, django_user_model):
    assert submit("/es/join/", answers(country="MX")).status_code == 302
    # Wagtail's own list, for those who may both edit the join page and read applications.
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    page = JoinFormPage.objects.get(locale__language_code="es")
    html = client.get(f"/admin/forms/submissions/{page.pk}/").content.decode()
    cells = [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", html, re.S)]
    assert "Mexico" in cells
    assert "MX" not in cells
    export = client.get(f"/admin/forms/submissions/{page.pk}/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert "Mexico" in rows[1]


@pytest.mark.parametrize(
    ("group_name", "permissions"),
    [("Editors", ()), ("Region editors", ("access_admin",))],
    ids=["plain editor", "region editor"],
)
def test_users_without_the_permission_cannot_see_applications(
    client, django_user_model, applications, group_name, permissions
):
    client.force_login(user_in_group(django_user_model, "someone", group_name, permissions))
    assert client.get("/admin/").status_code == 200
    application = applications[0]
    page = JoinFormPage.objects.get(locale__language_code="es")
    for url in (
        LIST_URL,
        f"{LIST_URL}?export=csv",
        f"{LIST_URL}?export=xlsx",
        f"/admin/applications/edit/{application.pk}/",
        f"/admin/forms/submissions/{page.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert not response["Location"].startswith(url.split("?")[0]), url
        assert b"Regi\xc3\xb3n Uno" not in b"".join(
            getattr(response, "streaming_content", [response.content])
        )
    assert "Applications" not in client.get("/admin/").content.decode()


def test_policy_officers_group_exists_with_view_and_change_permissions(demo_site):
    group = Group.objects.get(name=POLICY_OFFICERS)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_application", "change_application"} <= codenames
    assert "delete_application" not in codenames
