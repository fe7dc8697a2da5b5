from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_resolution import CaseResolution
from ..models.case_status_change import CaseStatusChange
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.case_allowlist import CaseAllowlist


T = TypeVar("T", bound="CaseChange")


@_attrs_define
class CaseChange:
    """Body of `PATCH /v1/cases/{id}`.

    Attributes:
        allowlist (CaseAllowlist | None | Unset):
        assignee (None | str | Unset):
        note (None | str | Unset):
        resolution (CaseResolution | None | Unset):
        status (CaseStatusChange | None | Unset):
    """

    allowlist: CaseAllowlist | None | Unset = UNSET
    assignee: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    resolution: CaseResolution | None | Unset = UNSET
    status: CaseStatusChange | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.case_allowlist import CaseAllowlist

        allowlist: dict[str, Any] | None | Unset
        if isinstance(self.allowlist, Unset):
            allowlist = UNSET
        elif isinstance(self.allowlist, CaseAllowlist):
            allowlist = self.allowlist.to_dict()
        else:
            allowlist = self.allowlist

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, CaseResolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CaseStatusChange):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allowlist is not UNSET:
            field_dict["allowlist"] = allowlist
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if note is not UNSET:
            field_dict["note"] = note
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.case_allowlist import CaseAllowlist

        d = dict(src_dict)

        def _parse_allowlist(data: object) -> CaseAllowlist | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowlist_type_0 = CaseAllowlist.from_dict(data)

                return allowlist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseAllowlist | None | Unset, data)

        allowlist = _parse_allowlist(d.pop("allowlist", UNSET))

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_resolution(data: object) -> CaseResolution | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = CaseResolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseResolution | None | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_status(data: object) -> CaseStatusChange | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CaseStatusChange(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseStatusChange | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        case_change = cls(
            allowlist=allowlist,
            assignee=assignee,
            note=note,
            resolution=resolution,
            status=status,
        )

        return case_change
