from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Identifiers")


@_attrs_define
class Identifiers:
    """The scammer's identifiers as the company reported them.

    Attributes:
        account_names (list[str] | Unset): Account holders' names.
        accounts (list[str] | Unset): Bank account numbers.
        company_names (list[str] | Unset): Company names used.
        emails (list[str] | Unset): E-mail addresses.
        im_ids (list[str] | Unset): IM ids.
        phones (list[str] | Unset): Phone numbers.
    """

    account_names: list[str] | Unset = UNSET
    accounts: list[str] | Unset = UNSET
    company_names: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    im_ids: list[str] | Unset = UNSET
    phones: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_names: list[str] | Unset = UNSET
        if not isinstance(self.account_names, Unset):
            account_names = self.account_names

        accounts: list[str] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts

        company_names: list[str] | Unset = UNSET
        if not isinstance(self.company_names, Unset):
            company_names = self.company_names

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        im_ids: list[str] | Unset = UNSET
        if not isinstance(self.im_ids, Unset):
            im_ids = self.im_ids

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_names is not UNSET:
            field_dict["account_names"] = account_names
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if company_names is not UNSET:
            field_dict["company_names"] = company_names
        if emails is not UNSET:
            field_dict["emails"] = emails
        if im_ids is not UNSET:
            field_dict["im_ids"] = im_ids
        if phones is not UNSET:
            field_dict["phones"] = phones

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_names = cast(list[str], d.pop("account_names", UNSET))

        accounts = cast(list[str], d.pop("accounts", UNSET))

        company_names = cast(list[str], d.pop("company_names", UNSET))

        emails = cast(list[str], d.pop("emails", UNSET))

        im_ids = cast(list[str], d.pop("im_ids", UNSET))

        phones = cast(list[str], d.pop("phones", UNSET))

        identifiers = cls(
            account_names=account_names,
            accounts=accounts,
            company_names=company_names,
            emails=emails,
            im_ids=im_ids,
            phones=phones,
        )

        return identifiers
