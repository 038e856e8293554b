"""directive-report: Vietnamese directive-implementation reports, modelled and rendered."""
