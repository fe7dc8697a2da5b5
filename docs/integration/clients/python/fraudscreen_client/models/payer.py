from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payer")


@_attrs_define
class Payer:
    """The paying account.

    Attributes:
        account_name (None | str | Unset): Account holder name.
        account_no (None | str | Unset): Account number.
    """

    account_name: None | str | Unset = UNSET
    account_no: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_no: None | str | Unset
        if isinstance(self.account_no, Unset):
            account_no = UNSET
        else:
            account_no = self.account_no

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_no is not UNSET:
            field_dict["account_no"] = account_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        def _parse_account_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_no = _parse_account_no(d.pop("account_no", UNSET))

        payer = cls(
            account_name=account_name,
            account_no=account_no,
        )

        return payer
