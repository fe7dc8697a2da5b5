"""Contains all the data models used in inputs/outputs"""

from .account_type import AccountType
from .action import Action
from .backtest_request import BacktestRequest
from .case_allowlist import CaseAllowlist
from .case_change import CaseChange
from .case_resolution import CaseResolution
from .case_status_change import CaseStatusChange
from .channel import Channel
from .counterparty_kind import CounterpartyKind
from .counterparty_master_record import CounterpartyMasterRecord
from .customer import Customer
from .decision import Decision
from .delete_v1_incidents_by_id_response_200 import DeleteV1IncidentsByIdResponse200
from .delete_v1_outreach_by_id_response_200 import DeleteV1OutreachByIdResponse200
from .delete_v1_privacy_accounts_by_account_no_response_200 import (
    DeleteV1PrivacyAccountsByAccountNoResponse200,
)
from .delete_v1_privacy_customers_by_name_response_200 import (
    DeleteV1PrivacyCustomersByNameResponse200,
)
from .delete_v1_rules_shadow_response_200 import DeleteV1RulesShadowResponse200
from .delete_v1_watchlist_by_id_response_200 import DeleteV1WatchlistByIdResponse200
from .delete_v1_webhooks_by_id_response_200 import DeleteV1WebhooksByIdResponse200
from .delivery import Delivery
from .earlier_account import EarlierAccount
from .error_body import ErrorBody
from .evidence import Evidence
from .fee import Fee
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_v1_audit_response_200 import GetV1AuditResponse200
from .get_v1_cases_by_id_response_200 import GetV1CasesByIdResponse200
from .get_v1_cases_response_200 import GetV1CasesResponse200
from .get_v1_counterparties_by_account_no_response_200 import (
    GetV1CounterpartiesByAccountNoResponse200,
)
from .get_v1_decisions_response_200 import GetV1DecisionsResponse200
from .get_v1_incidents_by_id_response_200 import GetV1IncidentsByIdResponse200
from .get_v1_incidents_response_200 import GetV1IncidentsResponse200
from .get_v1_outreach_by_id_response_200 import GetV1OutreachByIdResponse200
from .get_v1_outreach_response_200 import GetV1OutreachResponse200
from .get_v1_privacy_accounts_by_account_no_response_200 import (
    GetV1PrivacyAccountsByAccountNoResponse200,
)
from .get_v1_privacy_customers_by_name_response_200 import (
    GetV1PrivacyCustomersByNameResponse200,
)
from .get_v1_reports_outreach_response_200 import GetV1ReportsOutreachResponse200
from .get_v1_reports_weekly_response_200 import GetV1ReportsWeeklyResponse200
from .get_v1_rules_response_200 import GetV1RulesResponse200
from .get_v1_rules_shadow_response_200 import GetV1RulesShadowResponse200
from .get_v1_rules_stats_response_200 import GetV1RulesStatsResponse200
from .get_v1_rules_versions_response_200 import GetV1RulesVersionsResponse200
from .get_v1_watchlist_response_200 import GetV1WatchlistResponse200
from .get_v1_webhooks_by_id_deliveries_response_200 import (
    GetV1WebhooksByIdDeliveriesResponse200,
)
from .get_v1_webhooks_by_id_response_200 import GetV1WebhooksByIdResponse200
from .get_v1_webhooks_response_200 import GetV1WebhooksResponse200
from .hit import Hit
from .identifiers import Identifiers
from .incident import Incident
from .incident_status import IncidentStatus
from .instruction import Instruction
from .item import Item
from .kind import Kind
from .order_request import OrderRequest
from .outcome_request import OutcomeRequest
from .outreach_format import OutreachFormat
from .outreach_session import OutreachSession
from .patch_v1_cases_by_id_response_200 import PatchV1CasesByIdResponse200
from .patch_v1_incidents_by_id_response_200 import PatchV1IncidentsByIdResponse200
from .patch_v1_outreach_by_id_response_200 import PatchV1OutreachByIdResponse200
from .payee import Payee
from .payer import Payer
from .payment_request import PaymentRequest
from .post_v1_counterparties_import_response_200 import (
    PostV1CounterpartiesImportResponse200,
)
from .post_v1_decisions_by_id_outcome_response_200 import (
    PostV1DecisionsByIdOutcomeResponse200,
)
from .post_v1_incidents_import_response_200 import PostV1IncidentsImportResponse200
from .post_v1_incidents_response_200 import PostV1IncidentsResponse200
from .post_v1_outreach_import_response_200 import PostV1OutreachImportResponse200
from .post_v1_outreach_response_200 import PostV1OutreachResponse200
from .post_v1_rules_backtest_response_200 import PostV1RulesBacktestResponse200
from .post_v1_rules_reload_response_200 import PostV1RulesReloadResponse200
from .post_v1_rules_rollback_response_200 import PostV1RulesRollbackResponse200
from .post_v1_watchlist_response_200 import PostV1WatchlistResponse200
from .post_v1_webhooks_by_id_test_response_200 import PostV1WebhooksByIdTestResponse200
from .post_v1_webhooks_response_200 import PostV1WebhooksResponse200
from .put_v1_rules_shadow_response_200 import PutV1RulesShadowResponse200
from .related import Related
from .rollback_request import RollbackRequest
from .shadow_request import ShadowRequest
from .tenant_settings import TenantSettings
from .third_party import ThirdParty
from .verification import Verification
from .watch_kind import WatchKind
from .watchlist_entry_request import WatchlistEntryRequest
from .webhook_request import WebhookRequest

__all__ = (
    "AccountType",
    "Action",
    "BacktestRequest",
    "CaseAllowlist",
    "CaseChange",
    "CaseResolution",
    "CaseStatusChange",
    "Channel",
    "CounterpartyKind",
    "CounterpartyMasterRecord",
    "Customer",
    "Decision",
    "DeleteV1IncidentsByIdResponse200",
    "DeleteV1OutreachByIdResponse200",
    "DeleteV1PrivacyAccountsByAccountNoResponse200",
    "DeleteV1PrivacyCustomersByNameResponse200",
    "DeleteV1RulesShadowResponse200",
    "DeleteV1WatchlistByIdResponse200",
    "DeleteV1WebhooksByIdResponse200",
    "Delivery",
    "EarlierAccount",
    "ErrorBody",
    "Evidence",
    "Fee",
    "GetOpenapiJsonResponse200",
    "GetV1AuditResponse200",
    "GetV1CasesByIdResponse200",
    "GetV1CasesResponse200",
    "GetV1CounterpartiesByAccountNoResponse200",
    "GetV1DecisionsResponse200",
    "GetV1IncidentsByIdResponse200",
    "GetV1IncidentsResponse200",
    "GetV1OutreachByIdResponse200",
    "GetV1OutreachResponse200",
    "GetV1PrivacyAccountsByAccountNoResponse200",
    "GetV1PrivacyCustomersByNameResponse200",
    "GetV1ReportsOutreachResponse200",
    "GetV1ReportsWeeklyResponse200",
    "GetV1RulesResponse200",
    "GetV1RulesShadowResponse200",
    "GetV1RulesStatsResponse200",
    "GetV1RulesVersionsResponse200",
    "GetV1WatchlistResponse200",
    "GetV1WebhooksByIdDeliveriesResponse200",
    "GetV1WebhooksByIdResponse200",
    "GetV1WebhooksResponse200",
    "Hit",
    "Identifiers",
    "Incident",
    "IncidentStatus",
    "Instruction",
    "Item",
    "Kind",
    "OrderRequest",
    "OutcomeRequest",
    "OutreachFormat",
    "OutreachSession",
    "PatchV1CasesByIdResponse200",
    "PatchV1IncidentsByIdResponse200",
    "PatchV1OutreachByIdResponse200",
    "Payee",
    "Payer",
    "PaymentRequest",
    "PostV1CounterpartiesImportResponse200",
    "PostV1DecisionsByIdOutcomeResponse200",
    "PostV1IncidentsImportResponse200",
    "PostV1IncidentsResponse200",
    "PostV1OutreachImportResponse200",
    "PostV1OutreachResponse200",
    "PostV1RulesBacktestResponse200",
    "PostV1RulesReloadResponse200",
    "PostV1RulesRollbackResponse200",
    "PostV1WatchlistResponse200",
    "PostV1WebhooksByIdTestResponse200",
    "PostV1WebhooksResponse200",
    "PutV1RulesShadowResponse200",
    "Related",
    "RollbackRequest",
    "ShadowRequest",
    "TenantSettings",
    "ThirdParty",
    "Verification",
    "WatchKind",
    "WatchlistEntryRequest",
    "WebhookRequest",
)
