from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.delivery import Delivery
    from ..models.fee import Fee
    from ..models.item import Item
    from ..models.third_party import ThirdParty


T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """`POST /v1/screen/order`: a new customer order record.

    Attributes:
        customer (Customer): The ordering customer.
        received_at (datetime.datetime): When the order was received; every time feature is computed from it.
        record_id (str): The caller's id for this record; the idempotency key.
        total_amount (str): The order's total. Example: 52000.00.
        channel (Channel | None | Unset):
        currency (None | str | Unset): ISO currency code, `CNY` when absent.
        delivery (Delivery | None | Unset):
        fees_requested (list[Fee] | Unset): Fees or deposits asked of us.
        items (list[Item] | Unset): Order lines.
        notes (None | str | Unset): Free text: what the customer said.
        payment_terms (None | str | Unset): Payment terms as agreed or asked.
        third_party (None | ThirdParty | Unset):
    """

    customer: Customer
    received_at: datetime.datetime
    record_id: str
    total_amount: str
    channel: Channel | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    delivery: Delivery | None | Unset = UNSET
    fees_requested: list[Fee] | Unset = UNSET
    items: list[Item] | Unset = UNSET
    notes: None | str | Unset = UNSET
    payment_terms: None | str | Unset = UNSET
    third_party: None | ThirdParty | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery import Delivery
        from ..models.third_party import ThirdParty

        customer = self.customer.to_dict()

        received_at = self.received_at.isoformat()

        record_id = self.record_id

        total_amount = self.total_amount

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, Delivery):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        fees_requested: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees_requested, Unset):
            fees_requested = []
            for fees_requested_item_data in self.fees_requested:
                fees_requested_item = fees_requested_item_data.to_dict()
                fees_requested.append(fees_requested_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payment_terms: None | str | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = self.payment_terms

        third_party: dict[str, Any] | None | Unset
        if isinstance(self.third_party, Unset):
            third_party = UNSET
        elif isinstance(self.third_party, ThirdParty):
            third_party = self.third_party.to_dict()
        else:
            third_party = self.third_party

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
                "received_at": received_at,
                "record_id": record_id,
                "total_amount": total_amount,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if currency is not UNSET:
            field_dict["currency"] = currency
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if fees_requested is not UNSET:
            field_dict["fees_requested"] = fees_requested
        if items is not UNSET:
            field_dict["items"] = items
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if third_party is not UNSET:
            field_dict["third_party"] = third_party

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer import Customer
        from ..models.delivery import Delivery
        from ..models.fee import Fee
        from ..models.item import Item
        from ..models.third_party import ThirdParty

        d = dict(src_dict)
        customer = Customer.from_dict(d.pop("customer"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        record_id = d.pop("record_id")

        total_amount = d.pop("total_amount")

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = Channel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_delivery(data: object) -> Delivery | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_type_0 = Delivery.from_dict(data)

                return delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Delivery | None | Unset, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))

        _fees_requested = d.pop("fees_requested", UNSET)
        fees_requested: list[Fee] | Unset = UNSET
        if _fees_requested is not UNSET:
            fees_requested = []
            for fees_requested_item_data in _fees_requested:
                fees_requested_item = Fee.from_dict(fees_requested_item_data)

                fees_requested.append(fees_requested_item)

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_payment_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_terms = _parse_payment_terms(d.pop("payment_terms", UNSET))

        def _parse_third_party(data: object) -> None | ThirdParty | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                third_party_type_0 = ThirdParty.from_dict(data)

                return third_party_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThirdParty | Unset, data)

        third_party = _parse_third_party(d.pop("third_party", UNSET))

        order_request = cls(
            customer=customer,
            received_at=received_at,
            record_id=record_id,
            total_amount=total_amount,
            channel=channel,
            currency=currency,
            delivery=delivery,
            fees_requested=fees_requested,
            items=items,
            notes=notes,
            payment_terms=payment_terms,
            third_party=third_party,
        )

        return order_request
