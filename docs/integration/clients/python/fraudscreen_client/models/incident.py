from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..models.incident_status import IncidentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.identifiers import Identifiers


T = TypeVar("T", bound="Incident")


@_attrs_define
class Incident:
    """One fraud case record.

    Attributes:
        company (str): The company (tenant) it happened to.
        officer (str): The officer in charge.
        reported_at (datetime.datetime): When the company reported it.
        scam_type (str): The scam type (a rule pack's id).
        status (IncidentStatus): Where an incident stands.
        amount_at_risk (None | str | Unset): Money the scam aimed at.
        amount_lost (None | str | Unset): Money lost.
        amount_saved (None | str | Unset): Money saved.
        attended_outreach (bool | None | Unset): Whether that employee had attended outreach; worked out from the
            rosters when not said.
        channel (Channel | None | Unset):
        decisions (list[str] | Unset): Screening decisions it is linked to.
        employee (None | str | Unset): The employee targeted (an employee id).
        identifiers (Identifiers | Unset): The scammer's identifiers as the company reported them.
        narrative (None | str | Unset): What happened.
    """

    company: str
    officer: str
    reported_at: datetime.datetime
    scam_type: str
    status: IncidentStatus
    amount_at_risk: None | str | Unset = UNSET
    amount_lost: None | str | Unset = UNSET
    amount_saved: None | str | Unset = UNSET
    attended_outreach: bool | None | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    decisions: list[str] | Unset = UNSET
    employee: None | str | Unset = UNSET
    identifiers: Identifiers | Unset = UNSET
    narrative: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        officer = self.officer

        reported_at = self.reported_at.isoformat()

        scam_type = self.scam_type

        status = self.status.value

        amount_at_risk: None | str | Unset
        if isinstance(self.amount_at_risk, Unset):
            amount_at_risk = UNSET
        else:
            amount_at_risk = self.amount_at_risk

        amount_lost: None | str | Unset
        if isinstance(self.amount_lost, Unset):
            amount_lost = UNSET
        else:
            amount_lost = self.amount_lost

        amount_saved: None | str | Unset
        if isinstance(self.amount_saved, Unset):
            amount_saved = UNSET
        else:
            amount_saved = self.amount_saved

        attended_outreach: bool | None | Unset
        if isinstance(self.attended_outreach, Unset):
            attended_outreach = UNSET
        else:
            attended_outreach = self.attended_outreach

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        decisions: list[str] | Unset = UNSET
        if not isinstance(self.decisions, Unset):
            decisions = self.decisions

        employee: None | str | Unset
        if isinstance(self.employee, Unset):
            employee = UNSET
        else:
            employee = self.employee

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        narrative: None | str | Unset
        if isinstance(self.narrative, Unset):
            narrative = UNSET
        else:
            narrative = self.narrative

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company": company,
                "officer": officer,
                "reported_at": reported_at,
                "scam_type": scam_type,
                "status": status,
            }
        )
        if amount_at_risk is not UNSET:
            field_dict["amount_at_risk"] = amount_at_risk
        if amount_lost is not UNSET:
            field_dict["amount_lost"] = amount_lost
        if amount_saved is not UNSET:
            field_dict["amount_saved"] = amount_saved
        if attended_outreach is not UNSET:
            field_dict["attended_outreach"] = attended_outreach
        if channel is not UNSET:
            field_dict["channel"] = channel
        if decisions is not UNSET:
            field_dict["decisions"] = decisions
        if employee is not UNSET:
            field_dict["employee"] = employee
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if narrative is not UNSET:
            field_dict["narrative"] = narrative

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.identifiers import Identifiers

        d = dict(src_dict)
        company = d.pop("company")

        officer = d.pop("officer")

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        scam_type = d.pop("scam_type")

        status = IncidentStatus(d.pop("status"))

        def _parse_amount_at_risk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_at_risk = _parse_amount_at_risk(d.pop("amount_at_risk", UNSET))

        def _parse_amount_lost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_lost = _parse_amount_lost(d.pop("amount_lost", UNSET))

        def _parse_amount_saved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_saved = _parse_amount_saved(d.pop("amount_saved", UNSET))

        def _parse_attended_outreach(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attended_outreach = _parse_attended_outreach(d.pop("attended_outreach", UNSET))

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        decisions = cast(list[str], d.pop("decisions", UNSET))

        def _parse_employee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee = _parse_employee(d.pop("employee", UNSET))

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: Identifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = Identifiers.from_dict(_identifiers)

        def _parse_narrative(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        narrative = _parse_narrative(d.pop("narrative", UNSET))

        incident = cls(
            company=company,
            officer=officer,
            reported_at=reported_at,
            scam_type=scam_type,
            status=status,
            amount_at_risk=amount_at_risk,
            amount_lost=amount_lost,
            amount_saved=amount_saved,
            attended_outreach=attended_outreach,
            channel=channel,
            decisions=decisions,
            employee=employee,
            identifiers=identifiers,
            narrative=narrative,
        )

        return incident
