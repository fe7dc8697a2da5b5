from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outreach_format import OutreachFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutreachSession")


@_attrs_define
class OutreachSession:
    """One outreach session, as officers record it.

    Attributes:
        attendance (int): How many people attended.
        companies (list[str]): The companies (tenants) it reached.
        format_ (OutreachFormat): How a session reached people.
        held_at (datetime.datetime): When it was held.
        officer (str): The officer who held it.
        notes (None | str | Unset): Anything else.
        roster (list[str] | Unset): Employee ids of those who attended, where known.
        topics (list[str] | Unset): The scam types it covered.
        venue (None | str | Unset): Where.
    """

    attendance: int
    companies: list[str]
    format_: OutreachFormat
    held_at: datetime.datetime
    officer: str
    notes: None | str | Unset = UNSET
    roster: list[str] | Unset = UNSET
    topics: list[str] | Unset = UNSET
    venue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attendance = self.attendance

        companies = self.companies

        format_ = self.format_.value

        held_at = self.held_at.isoformat()

        officer = self.officer

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        roster: list[str] | Unset = UNSET
        if not isinstance(self.roster, Unset):
            roster = self.roster

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attendance": attendance,
                "companies": companies,
                "format": format_,
                "held_at": held_at,
                "officer": officer,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if roster is not UNSET:
            field_dict["roster"] = roster
        if topics is not UNSET:
            field_dict["topics"] = topics
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attendance = d.pop("attendance")

        companies = cast(list[str], d.pop("companies"))

        format_ = OutreachFormat(d.pop("format"))

        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))

        officer = d.pop("officer")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        roster = cast(list[str], d.pop("roster", UNSET))

        topics = cast(list[str], d.pop("topics", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        outreach_session = cls(
            attendance=attendance,
            companies=companies,
            format_=format_,
            held_at=held_at,
            officer=officer,
            notes=notes,
            roster=roster,
            topics=topics,
            venue=venue,
        )

        return outreach_session
