from enum import StrEnum


class CaseStatusChange(StrEnum):
    CLOSED = "closed"
    IN_REVIEW = "in_review"

    def __str__(self) -> str:
        return str(self.value)
