from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.channel import Channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Instruction")


@_attrs_define
class Instruction:
    """The instruction to pay, as received.

    Attributes:
        channel (Channel | None | Unset):
        from_contact (None | str | Unset): The sender's address, number or IM id.
        from_name (None | str | Unset): Who it claims to come from.
        text (None | str | Unset): The pasted text of the instruction.
        urgent (bool | None | Unset): Marked urgent by the sender or the requester.
    """

    channel: Channel | None | Unset = UNSET
    from_contact: None | str | Unset = UNSET
    from_name: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    urgent: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        from_contact: None | str | Unset
        if isinstance(self.from_contact, Unset):
            from_contact = UNSET
        else:
            from_contact = self.from_contact

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        urgent: bool | None | Unset
        if isinstance(self.urgent, Unset):
            urgent = UNSET
        else:
            urgent = self.urgent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if from_contact is not UNSET:
            field_dict["from_contact"] = from_contact
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if text is not UNSET:
            field_dict["text"] = text
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        def _parse_from_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_contact = _parse_from_contact(d.pop("from_contact", UNSET))

        def _parse_from_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_name = _parse_from_name(d.pop("from_name", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_urgent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        urgent = _parse_urgent(d.pop("urgent", UNSET))

        instruction = cls(
            channel=channel,
            from_contact=from_contact,
            from_name=from_name,
            text=text,
            urgent=urgent,
        )

        return instruction
