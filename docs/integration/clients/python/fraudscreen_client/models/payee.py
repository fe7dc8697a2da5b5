from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payee")


@_attrs_define
class Payee:
    """The receiving party of a payment.

    Attributes:
        account_no (str): Bank account number.
        name (str): Account holder name as entered.
        account_type (AccountType | None | Unset):
        bank (None | str | Unset): Bank and branch.
        phone (None | str | Unset): Phone number on file.
        vendor_id (None | str | Unset): Vendor-master id, when the payee is a known vendor.
    """

    account_no: str
    name: str
    account_type: AccountType | None | Unset = UNSET
    bank: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    vendor_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        name = self.name

        account_type: None | str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        elif isinstance(self.account_type, AccountType):
            account_type = self.account_type.value
        else:
            account_type = self.account_type

        bank: None | str | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        else:
            bank = self.bank

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        vendor_id: None | str | Unset
        if isinstance(self.vendor_id, Unset):
            vendor_id = UNSET
        else:
            vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_no": account_no,
                "name": name,
            }
        )
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if bank is not UNSET:
            field_dict["bank"] = bank
        if phone is not UNSET:
            field_dict["phone"] = phone
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_no = d.pop("account_no")

        name = d.pop("name")

        def _parse_account_type(data: object) -> AccountType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_type_type_0 = AccountType(data)

                return account_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountType | None | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

        def _parse_bank(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank = _parse_bank(d.pop("bank", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_vendor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vendor_id = _parse_vendor_id(d.pop("vendor_id", UNSET))

        payee = cls(
            account_no=account_no,
            name=name,
            account_type=account_type,
            bank=bank,
            phone=phone,
            vendor_id=vendor_id,
        )

        return payee
