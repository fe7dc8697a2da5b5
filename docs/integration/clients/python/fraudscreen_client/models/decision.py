from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..models.kind import Kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hit import Hit


T = TypeVar("T", bound="Decision")


@_attrs_define
class Decision:
    """The decision for one request, as the API returns it.

    Attributes:
        advice (list[str]): The hits' advice, deduplicated, in hit order.
        decision (Action): What the caller should do with the request.
        hits (list[Hit]): Every rule that fired, in a deterministic order (forced first, then by score, then id).
        kind (Kind): Which endpoint a request belongs to.
        request_id (str): The caller's `request_id` (or the order's `record_id`).
        ruleset_version (str): `sha256:` over the canonical content of the loaded rule files.
        score (int): 0-100.
        case_id (None | str | Unset): The review case opened for a `review` or `block`; assigned by the service.
        case_resolution (None | str | Unset): How the case was closed (`confirmed_fraud`, `false_alarm`,
            `cancelled_by_company`,
            `paid_after_verification`), on `GET /v1/decisions/{id}`.
        case_status (None | str | Unset): The case's status now (`open`, `in_review`, `closed`), on `GET
            /v1/decisions/{id}`:
            a finance system holding a payment on `review` polls it for the release.
        decision_id (None | str | Unset): Assigned by the service when the decision is stored; absent offline.
    """

    advice: list[str]
    decision: Action
    hits: list[Hit]
    kind: Kind
    request_id: str
    ruleset_version: str
    score: int
    case_id: None | str | Unset = UNSET
    case_resolution: None | str | Unset = UNSET
    case_status: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advice = self.advice

        decision = self.decision.value

        hits = []
        for hits_item_data in self.hits:
            hits_item = hits_item_data.to_dict()
            hits.append(hits_item)

        kind = self.kind.value

        request_id = self.request_id

        ruleset_version = self.ruleset_version

        score = self.score

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        else:
            case_id = self.case_id

        case_resolution: None | str | Unset
        if isinstance(self.case_resolution, Unset):
            case_resolution = UNSET
        else:
            case_resolution = self.case_resolution

        case_status: None | str | Unset
        if isinstance(self.case_status, Unset):
            case_status = UNSET
        else:
            case_status = self.case_status

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advice": advice,
                "decision": decision,
                "hits": hits,
                "kind": kind,
                "request_id": request_id,
                "ruleset_version": ruleset_version,
                "score": score,
            }
        )
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if case_resolution is not UNSET:
            field_dict["case_resolution"] = case_resolution
        if case_status is not UNSET:
            field_dict["case_status"] = case_status
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hit import Hit

        d = dict(src_dict)
        advice = cast(list[str], d.pop("advice"))

        decision = Action(d.pop("decision"))

        hits = []
        _hits = d.pop("hits")
        for hits_item_data in _hits:
            hits_item = Hit.from_dict(hits_item_data)

            hits.append(hits_item)

        kind = Kind(d.pop("kind"))

        request_id = d.pop("request_id")

        ruleset_version = d.pop("ruleset_version")

        score = d.pop("score")

        def _parse_case_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        def _parse_case_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_resolution = _parse_case_resolution(d.pop("case_resolution", UNSET))

        def _parse_case_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_status = _parse_case_status(d.pop("case_status", UNSET))

        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))

        decision = cls(
            advice=advice,
            decision=decision,
            hits=hits,
            kind=kind,
            request_id=request_id,
            ruleset_version=ruleset_version,
            score=score,
            case_id=case_id,
            case_resolution=case_resolution,
            case_status=case_status,
            decision_id=decision_id,
        )

        decision.additional_properties = d
        return decision

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
