from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EarlierAccount")


@_attrs_define
class EarlierAccount:
    """An account the counterparty had before, and when it was replaced.

    Attributes:
        account_no (str):
        changed_at (datetime.datetime):
    """

    account_no: str
    changed_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account_no": account_no,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_no = d.pop("account_no")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        earlier_account = cls(
            account_no=account_no,
            changed_at=changed_at,
        )

        return earlier_account
