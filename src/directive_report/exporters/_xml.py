"""Escaping text for XML written as strings (private; the DOCX and ODT writers share it).

The model guarantees that report text holds no character XML 1.0 cannot carry
(:class:`~directive_report.errors.UnprintableTextError`), so escaping the markup characters is
all that is left to do.
"""

from __future__ import annotations

__all__ = ["escape", "escape_attribute"]


def escape(text: str) -> str:
    """*text* escaped for XML character data (``&``, ``<``, ``>``).

    >>> escape("Điều <1> & 2")
    'Điều &lt;1&gt; &amp; 2'
    """
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def escape_attribute(text: str) -> str:
    """*text* escaped for an attribute value in double quotes.

    >>> escape_attribute('"Times" & co')
    '&quot;Times&quot; &amp; co'
    """
    return escape(text).replace('"', "&quot;")
