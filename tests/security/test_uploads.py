"""The admin refuses uploads of the wrong type or size, for images and documents."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

pytestmark = pytest.mark.django_db


def png_bytes(size=(40, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "green").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_image_upload_accepts_a_png(admin_client):
    upload_image(admin_client, "ok.png", png_bytes())
    assert Image.objects.filter(title="ok.png").exists()


def test_image_upload_refuses_other_file_types(admin_client):
    response = upload_image(admin_client, "tool.exe", b"MZ" + b"\0" * 100)
    assert response.status_code == 200
    assert not Image.objects.filter(title="tool.exe").exists()


def test_image_upload_refuses_files_over_the_size_limit(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    response = upload_image(admin_client, "big.png", png_bytes((400, 400)) + b"\0" * 2000)
    assert response.status_code == 200
    assert "too large" in response.content.decode() or "too big" in response.content.decode()
    assert not Image.objects.filter(title="big.png").exists()


def test_document_upload_refuses_other_file_types(admin_client):
    response = upload_document(admin_client, "script.sh", b"#!/bin/sh\n")
    assert response.status_code == 200
    assert not Document.objects.filter(title="script.sh").exists()


def test_document_upload_refuses_files_over_the_size_limit(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = upload_document(admin_client, "report.pdf", b"%PDF-1.4\n" + b"0" * 2000)
    assert response.status_code == 200
    assert "too big" in response.content.decode()
    assert not Document.objects.filter(title="report.pdf").exists()


def test_document_upload_accepts_a_small_pdf(admin_client):
    upload_document(admin_client, "minutes.pdf", b"%PDF-1.4\n%%EOF\n")
    assert Document.objects.filter(title="minutes.pdf").exists()
