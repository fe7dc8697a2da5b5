from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    ERP = "erp"
    IM = "im"
    IN_PERSON = "in_person"
    LETTER = "letter"
    OTHER = "other"
    PHONE = "phone"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
