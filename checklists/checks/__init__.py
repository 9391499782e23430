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
# isort: split
from checklists.checks import (  # noqa: F401
    address_precision,
    basis_instrument,
    date_style,
    document_last,
    form_fields,
    hearing_right,
    image_only,
    records_text,
    required_documents,
    served_documents,
    service_method,
    service_signer,
    single_person,
)

# isort: split
# end group AEFK

# group BC (chronology, persons and authority) — add imports below this line only
# isort: split
from checklists.checks import (  # noqa: F401
    date_chain,
    issuer_consistent,
    limitation_period,
    officer_certificates,
    officer_count,
    party_age,
    record_times,
    step_deadline,
)

# isort: split
# end group BC

# group DGHI (decision content, consistency, citations, amounts) — add imports below this line only
# isort: split
from checklists.checks import (  # noqa: F401
    amount_arithmetic,
    binding_order,
    case_number,
    case_number_consistent,
    citation_precision,
    citations_consistent,
    discretion_grounds,
    elements_present,
    identifier_check,
    late_fee_cap,
    law_database,
    law_full_name,
    legal_rep_consistent,
    money_daxie,
    money_pairs,
    on_spot_collection,
    page_numbers,
    party_block,
    party_name_consistent,
    penalty_consistent,
    penalty_not_heavier,
    penalty_types,
    quantities_consistent,
    remedy_clause,
    review_body,
    simple_eligibility,
    single_fine,
    stale_article,
    toc_matches,
)

# isort: split
# end group DGHI
