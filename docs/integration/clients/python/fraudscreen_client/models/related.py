from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Related")


@_attrs_define
class Related:
    """Documents linked to a payment.

    Attributes:
        contract_id (None | str | Unset): A contract id.
        invoice_no (None | str | Unset): The invoice number being paid.
        order_id (None | str | Unset): A sales or purchase order id.
    """

    contract_id: None | str | Unset = UNSET
    invoice_no: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        invoice_no: None | str | Unset
        if isinstance(self.invoice_no, Unset):
            invoice_no = UNSET
        else:
            invoice_no = self.invoice_no

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if invoice_no is not UNSET:
            field_dict["invoice_no"] = invoice_no
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_invoice_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_no = _parse_invoice_no(d.pop("invoice_no", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        related = cls(
            contract_id=contract_id,
            invoice_no=invoice_no,
            order_id=order_id,
        )

        return related
