from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instruction import Instruction
    from ..models.payee import Payee
    from ..models.payer import Payer
    from ..models.related import Related
    from ..models.verification import Verification


T = TypeVar("T", bound="PaymentRequest")


@_attrs_define
class PaymentRequest:
    """`POST /v1/screen/payment`: an outgoing payment request.

    Attributes:
        amount (str): The amount to pay. Example: 52000.00.
        payee (Payee): The receiving party of a payment.
        request_id (str): The caller's id for this request; the idempotency key.
        submitted_at (datetime.datetime): When the request was submitted; every time feature is computed from it.
        approved_by (list[str] | None | Unset): Employee ids of the approvers.
        currency (None | str | Unset): ISO currency code, `CNY` when absent.
        instruction (Instruction | None | Unset):
        memo (None | str | Unset): Free-text memo of the payment.
        payee_account_changed_at (datetime.datetime | None | Unset): When the vendor master recorded a change of this
            payee's bank details.
        payer (None | Payer | Unset):
        purpose (None | str | Unset): The purpose category (货款, 运费, 工资, ...).
        related (None | Related | Unset):
        requested_by (None | str | Unset): Employee id of the requester.
        verification (None | Unset | Verification):
    """

    amount: str
    payee: Payee
    request_id: str
    submitted_at: datetime.datetime
    approved_by: list[str] | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    instruction: Instruction | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    payee_account_changed_at: datetime.datetime | None | Unset = UNSET
    payer: None | Payer | Unset = UNSET
    purpose: None | str | Unset = UNSET
    related: None | Related | Unset = UNSET
    requested_by: None | str | Unset = UNSET
    verification: None | Unset | Verification = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.instruction import Instruction
        from ..models.payer import Payer
        from ..models.related import Related
        from ..models.verification import Verification

        amount = self.amount

        payee = self.payee.to_dict()

        request_id = self.request_id

        submitted_at = self.submitted_at.isoformat()

        approved_by: list[str] | None | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        elif isinstance(self.approved_by, list):
            approved_by = self.approved_by

        else:
            approved_by = self.approved_by

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        instruction: dict[str, Any] | None | Unset
        if isinstance(self.instruction, Unset):
            instruction = UNSET
        elif isinstance(self.instruction, Instruction):
            instruction = self.instruction.to_dict()
        else:
            instruction = self.instruction

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        payee_account_changed_at: None | str | Unset
        if isinstance(self.payee_account_changed_at, Unset):
            payee_account_changed_at = UNSET
        elif isinstance(self.payee_account_changed_at, datetime.datetime):
            payee_account_changed_at = self.payee_account_changed_at.isoformat()
        else:
            payee_account_changed_at = self.payee_account_changed_at

        payer: dict[str, Any] | None | Unset
        if isinstance(self.payer, Unset):
            payer = UNSET
        elif isinstance(self.payer, Payer):
            payer = self.payer.to_dict()
        else:
            payer = self.payer

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        related: dict[str, Any] | None | Unset
        if isinstance(self.related, Unset):
            related = UNSET
        elif isinstance(self.related, Related):
            related = self.related.to_dict()
        else:
            related = self.related

        requested_by: None | str | Unset
        if isinstance(self.requested_by, Unset):
            requested_by = UNSET
        else:
            requested_by = self.requested_by

        verification: dict[str, Any] | None | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        elif isinstance(self.verification, Verification):
            verification = self.verification.to_dict()
        else:
            verification = self.verification

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "payee": payee,
                "request_id": request_id,
                "submitted_at": submitted_at,
            }
        )
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if currency is not UNSET:
            field_dict["currency"] = currency
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if memo is not UNSET:
            field_dict["memo"] = memo
        if payee_account_changed_at is not UNSET:
            field_dict["payee_account_changed_at"] = payee_account_changed_at
        if payer is not UNSET:
            field_dict["payer"] = payer
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if related is not UNSET:
            field_dict["related"] = related
        if requested_by is not UNSET:
            field_dict["requested_by"] = requested_by
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.instruction import Instruction
        from ..models.payee import Payee
        from ..models.payer import Payer
        from ..models.related import Related
        from ..models.verification import Verification

        d = dict(src_dict)
        amount = d.pop("amount")

        payee = Payee.from_dict(d.pop("payee"))

        request_id = d.pop("request_id")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        def _parse_approved_by(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                approved_by_type_0 = cast(list[str], data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        approved_by = _parse_approved_by(d.pop("approved_by", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_instruction(data: object) -> Instruction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_0 = Instruction.from_dict(data)

                return instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Instruction | None | Unset, data)

        instruction = _parse_instruction(d.pop("instruction", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_payee_account_changed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payee_account_changed_at_type_0 = datetime.datetime.fromisoformat(data)

                return payee_account_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        payee_account_changed_at = _parse_payee_account_changed_at(
            d.pop("payee_account_changed_at", UNSET)
        )

        def _parse_payer(data: object) -> None | Payer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payer_type_0 = Payer.from_dict(data)

                return payer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Payer | Unset, data)

        payer = _parse_payer(d.pop("payer", UNSET))

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        def _parse_related(data: object) -> None | Related | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                related_type_0 = Related.from_dict(data)

                return related_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Related | Unset, data)

        related = _parse_related(d.pop("related", UNSET))

        def _parse_requested_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_by = _parse_requested_by(d.pop("requested_by", UNSET))

        def _parse_verification(data: object) -> None | Unset | Verification:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verification_type_0 = Verification.from_dict(data)

                return verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Verification, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        payment_request = cls(
            amount=amount,
            payee=payee,
            request_id=request_id,
            submitted_at=submitted_at,
            approved_by=approved_by,
            currency=currency,
            instruction=instruction,
            memo=memo,
            payee_account_changed_at=payee_account_changed_at,
            payer=payer,
            purpose=purpose,
            related=related,
            requested_by=requested_by,
            verification=verification,
        )

        return payment_request
