from enum import StrEnum


class CounterpartyKind(StrEnum):
    EMPLOYEE = "employee"
    VENDOR = "vendor"

    def __str__(self) -> str:
        return str(self.value)
