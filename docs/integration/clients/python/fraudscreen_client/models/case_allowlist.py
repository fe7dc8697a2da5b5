from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseAllowlist")


@_attrs_define
class CaseAllowlist:
    """`allowlist` of a case change.

    Attributes:
        until (datetime.datetime): Until when (RFC 3339).
        rules (list[str] | None | Unset): The rules it covers; by default every rule that scored on the decision.
    """

    until: datetime.datetime
    rules: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        until = self.until.isoformat()

        rules: list[str] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, list):
            rules = self.rules

        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "until": until,
            }
        )
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        until = datetime.datetime.fromisoformat(d.pop("until"))

        def _parse_rules(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rules_type_0 = cast(list[str], data)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        case_allowlist = cls(
            until=until,
            rules=rules,
        )

        return case_allowlist
