"""`--format pdf`: the HTML report printed to a tagged PDF (PDF/UA-1) by WeasyPrint.

WeasyPrint is an optional extra (`pip install 'ivp-cli[pdf]'`) that needs the Pango library of
the system. The PDF comes from the same HTML as `--format html`, printed with its A4 stylesheet;
PDF/UA tags every heading, paragraph, table and figure, so screen readers and archives can use it.
"""

from __future__ import annotations

from types import ModuleType

INSTALL = (
    "ivp report --format pdf needs WeasyPrint: pip install 'ivp-cli[pdf]' "
    "(it uses the system's Pango library, e.g. apt install libpango-1.0-0 libpangoft2-1.0-0)"
)


class PdfUnavailableError(Exception):
    pass


def weasyprint() -> ModuleType:
    """The WeasyPrint module, or PdfUnavailableError saying how to install it."""
    try:
        import weasyprint as module
    except ImportError as error:
        raise PdfUnavailableError(INSTALL) from error
    except OSError as error:  # installed, but a system library (Pango) is missing
        raise PdfUnavailableError(f"{INSTALL}; loading it failed: {error}") from error
    found: ModuleType = module
    return found


def html_to_pdf(html: str) -> bytes:
    document = weasyprint().HTML(string=html).render()
    pdf: bytes = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf
