"""The development admin login printed by `make run` opens the Wagtail admin."""

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_printed_dev_login_opens_the_admin(client, capsys):
    call_command("dev_superuser", "--port", "8123")
    printed = capsys.readouterr().out
    assert "admin / r4blp-admin at http://127.0.0.1:8123/admin/" in printed
    assert client.login(username="admin", password="r4blp-admin")
    assert client.get("/admin/").status_code == 200


def test_dev_login_is_refused_without_debug():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("dev_superuser")
