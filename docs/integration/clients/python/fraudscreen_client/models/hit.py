from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action import Action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence import Evidence


T = TypeVar("T", bound="Hit")


@_attrs_define
class Hit:
    """One rule that fired.

    Attributes:
        advice (str): What to do, in Chinese.
        evidence (list[Evidence]): What the rule found.
        rule_id (str): The rule's stable id.
        scam_type (str): The scam type the rule belongs to.
        score (int): The rule's score; negative for a mitigator.
        title (str): Chinese title.
        advice_en (None | str | Unset): What to do, in English.
        forced (Action | None | Unset):
        title_en (None | str | Unset): English title.
    """

    advice: str
    evidence: list[Evidence]
    rule_id: str
    scam_type: str
    score: int
    title: str
    advice_en: None | str | Unset = UNSET
    forced: Action | None | Unset = UNSET
    title_en: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advice = self.advice

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        rule_id = self.rule_id

        scam_type = self.scam_type

        score = self.score

        title = self.title

        advice_en: None | str | Unset
        if isinstance(self.advice_en, Unset):
            advice_en = UNSET
        else:
            advice_en = self.advice_en

        forced: None | str | Unset
        if isinstance(self.forced, Unset):
            forced = UNSET
        elif isinstance(self.forced, Action):
            forced = self.forced.value
        else:
            forced = self.forced

        title_en: None | str | Unset
        if isinstance(self.title_en, Unset):
            title_en = UNSET
        else:
            title_en = self.title_en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "advice": advice,
                "evidence": evidence,
                "rule_id": rule_id,
                "scam_type": scam_type,
                "score": score,
                "title": title,
            }
        )
        if advice_en is not UNSET:
            field_dict["advice_en"] = advice_en
        if forced is not UNSET:
            field_dict["forced"] = forced
        if title_en is not UNSET:
            field_dict["title_en"] = title_en

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence import Evidence

        d = dict(src_dict)
        advice = d.pop("advice")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = Evidence.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        rule_id = d.pop("rule_id")

        scam_type = d.pop("scam_type")

        score = d.pop("score")

        title = d.pop("title")

        def _parse_advice_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advice_en = _parse_advice_en(d.pop("advice_en", UNSET))

        def _parse_forced(data: object) -> Action | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forced_type_0 = Action(data)

                return forced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Action | None | Unset, data)

        forced = _parse_forced(d.pop("forced", UNSET))

        def _parse_title_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_en = _parse_title_en(d.pop("title_en", UNSET))

        hit = cls(
            advice=advice,
            evidence=evidence,
            rule_id=rule_id,
            scam_type=scam_type,
            score=score,
            title=title,
            advice_en=advice_en,
            forced=forced,
            title_en=title_en,
        )

        hit.additional_properties = d
        return hit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
