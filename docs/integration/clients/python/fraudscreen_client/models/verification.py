from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Verification")


@_attrs_define
class Verification:
    """An out-of-band verification already made.

    Attributes:
        callback_done (bool | None | Unset): A call-back was made.
        callback_number (None | str | Unset): The number called.
        verified_at (datetime.datetime | None | Unset): When.
        verified_by (None | str | Unset): Who verified.
    """

    callback_done: bool | None | Unset = UNSET
    callback_number: None | str | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    verified_by: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        callback_done: bool | None | Unset
        if isinstance(self.callback_done, Unset):
            callback_done = UNSET
        else:
            callback_done = self.callback_done

        callback_number: None | str | Unset
        if isinstance(self.callback_number, Unset):
            callback_number = UNSET
        else:
            callback_number = self.callback_number

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        verified_by: None | str | Unset
        if isinstance(self.verified_by, Unset):
            verified_by = UNSET
        else:
            verified_by = self.verified_by

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if callback_done is not UNSET:
            field_dict["callback_done"] = callback_done
        if callback_number is not UNSET:
            field_dict["callback_number"] = callback_number
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if verified_by is not UNSET:
            field_dict["verified_by"] = verified_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_callback_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        callback_done = _parse_callback_done(d.pop("callback_done", UNSET))

        def _parse_callback_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_number = _parse_callback_number(d.pop("callback_number", UNSET))

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        def _parse_verified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verified_by = _parse_verified_by(d.pop("verified_by", UNSET))

        verification = cls(
            callback_done=callback_done,
            callback_number=callback_number,
            verified_at=verified_at,
            verified_by=verified_by,
        )

        return verification
