from enum import StrEnum


class Kind(StrEnum):
    ORDER = "order"
    PAYMENT = "payment"

    def __str__(self) -> str:
        return str(self.value)
