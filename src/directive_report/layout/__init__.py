"""The page layout of Nghị định 30/2020/NĐ-CP, shared by every exporter.

* :mod:`~directive_report.layout.profile`: :class:`LayoutProfile`, every measurement as data;
* :mod:`~directive_report.layout.metrics`: text widths from Times New Roman's metrics;
* :mod:`~directive_report.layout.plan`: :func:`plan_document`, a report laid out format-neutrally.
"""

from directive_report.layout.metrics import text_width_mm
from directive_report.layout.plan import DocumentPlan, Role, plan_document
from directive_report.layout.profile import SIZE_SETS, LayoutError, LayoutProfile, SizeSet

__all__ = [
    "SIZE_SETS",
    "DocumentPlan",
    "LayoutError",
    "LayoutProfile",
    "Role",
    "SizeSet",
    "plan_document",
    "text_width_mm",
]
