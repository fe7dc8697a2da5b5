from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantSettings")


@_attrs_define
class TenantSettings:
    """The settings a tenant may override; absent keys keep the defaults.

    Attributes:
        allow_updates_history (bool | None | Unset): Whether an `allow` decision enters the counterparty history as if
            it was paid, for a
            company whose finance system does not report outcomes. Absent: the service default
            (`allow_updates_history` in the configuration, off unless set).
        approval_limits (list[str] | None | Unset): Approval thresholds, as decimal strings (`["50000", "200000"]`).
        business_hours (list[str] | None | Unset): Business hours on working days, `["09:00", "18:00"]`.
        time_zone (None | str | Unset): IANA time zone, such as `Asia/Urumqi`.
    """

    allow_updates_history: bool | None | Unset = UNSET
    approval_limits: list[str] | None | Unset = UNSET
    business_hours: list[str] | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        allow_updates_history: bool | None | Unset
        if isinstance(self.allow_updates_history, Unset):
            allow_updates_history = UNSET
        else:
            allow_updates_history = self.allow_updates_history

        approval_limits: list[str] | None | Unset
        if isinstance(self.approval_limits, Unset):
            approval_limits = UNSET
        elif isinstance(self.approval_limits, list):
            approval_limits = self.approval_limits

        else:
            approval_limits = self.approval_limits

        business_hours: list[str] | None | Unset
        if isinstance(self.business_hours, Unset):
            business_hours = UNSET
        elif isinstance(self.business_hours, list):
            business_hours = self.business_hours

        else:
            business_hours = self.business_hours

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_updates_history is not UNSET:
            field_dict["allow_updates_history"] = allow_updates_history
        if approval_limits is not UNSET:
            field_dict["approval_limits"] = approval_limits
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_allow_updates_history(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_updates_history = _parse_allow_updates_history(
            d.pop("allow_updates_history", UNSET)
        )

        def _parse_approval_limits(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                approval_limits_type_0 = cast(list[str], data)

                return approval_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        approval_limits = _parse_approval_limits(d.pop("approval_limits", UNSET))

        def _parse_business_hours(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                business_hours_type_0 = cast(list[str], data)

                return business_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        business_hours = _parse_business_hours(d.pop("business_hours", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))

        tenant_settings = cls(
            allow_updates_history=allow_updates_history,
            approval_limits=approval_limits,
            business_hours=business_hours,
            time_zone=time_zone,
        )

        return tenant_settings
