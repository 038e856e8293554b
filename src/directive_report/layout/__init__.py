"""The page layout of Nghị định 30/2020/NĐ-CP as data, shared by every exporter."""

from directive_report.layout.profile import SIZE_SETS, LayoutProfile, SizeSet

__all__ = ["SIZE_SETS", "LayoutProfile", "SizeSet"]
