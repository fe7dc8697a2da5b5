from enum import StrEnum


class CaseResolution(StrEnum):
    CANCELLED_BY_COMPANY = "cancelled_by_company"
    CONFIRMED_FRAUD = "confirmed_fraud"
    FALSE_ALARM = "false_alarm"
    PAID_AFTER_VERIFICATION = "paid_after_verification"

    def __str__(self) -> str:
        return str(self.value)
