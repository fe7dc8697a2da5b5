from enum import StrEnum


class AccountType(StrEnum):
    CORPORATE = "corporate"
    PERSONAL = "personal"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
