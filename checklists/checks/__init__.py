"""Every check type, imported explicitly so the list is reviewable (one module per type)."""

# generic check types
from checklists.checks import (  # noqa: F401
    date_order,
    deadline,
    document_present,
    documents_when,
    text_absent,
    text_present,
)

# group AEFK (completeness, procedure triggers, service, form) — add imports below this line only
# end group AEFK

# group BC (chronology, persons and authority) — add imports below this line only
# end group BC

# group DGHI (decision content, consistency, citations, amounts) — add imports below this line only
# end group DGHI
