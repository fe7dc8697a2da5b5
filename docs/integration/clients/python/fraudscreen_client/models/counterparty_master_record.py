from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.account_type import AccountType
from ..models.counterparty_kind import CounterpartyKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.earlier_account import EarlierAccount


T = TypeVar("T", bound="CounterpartyMasterRecord")


@_attrs_define
class CounterpartyMasterRecord:
    """One counterparty as imported.

    Attributes:
        account_no (str):
        id (str): Vendor id or employee id.
        kind (CounterpartyKind): Kinds of master-data counterparty.
        name (str):
        since (datetime.datetime): Since when the record is valid.
        account_type (AccountType | None | Unset):
        bank (None | str | Unset):
        earlier_accounts (list[EarlierAccount] | Unset): Earlier accounts with the dates they were replaced.
        phone (None | str | Unset): Phone on file for call-backs.
    """

    account_no: str
    id: str
    kind: CounterpartyKind
    name: str
    since: datetime.datetime
    account_type: AccountType | None | Unset = UNSET
    bank: None | str | Unset = UNSET
    earlier_accounts: list[EarlierAccount] | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        id = self.id

        kind = self.kind.value

        name = self.name

        since = self.since.isoformat()

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

        earlier_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.earlier_accounts, Unset):
            earlier_accounts = []
            for earlier_accounts_item_data in self.earlier_accounts:
                earlier_accounts_item = earlier_accounts_item_data.to_dict()
                earlier_accounts.append(earlier_accounts_item)

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_no": account_no,
                "id": id,
                "kind": kind,
                "name": name,
                "since": since,
            }
        )
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if bank is not UNSET:
            field_dict["bank"] = bank
        if earlier_accounts is not UNSET:
            field_dict["earlier_accounts"] = earlier_accounts
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.earlier_account import EarlierAccount

        d = dict(src_dict)
        account_no = d.pop("account_no")

        id = d.pop("id")

        kind = CounterpartyKind(d.pop("kind"))

        name = d.pop("name")

        since = datetime.datetime.fromisoformat(d.pop("since"))

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

        _earlier_accounts = d.pop("earlier_accounts", UNSET)
        earlier_accounts: list[EarlierAccount] | Unset = UNSET
        if _earlier_accounts is not UNSET:
            earlier_accounts = []
            for earlier_accounts_item_data in _earlier_accounts:
                earlier_accounts_item = EarlierAccount.from_dict(
                    earlier_accounts_item_data
                )

                earlier_accounts.append(earlier_accounts_item)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        counterparty_master_record = cls(
            account_no=account_no,
            id=id,
            kind=kind,
            name=name,
            since=since,
            account_type=account_type,
            bank=bank,
            earlier_accounts=earlier_accounts,
            phone=phone,
        )

        return counterparty_master_record
