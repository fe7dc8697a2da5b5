from enum import StrEnum


class IncidentStatus(StrEnum):
    CLOSED = "closed"
    CONFIRMED = "confirmed"
    INVESTIGATING = "investigating"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
