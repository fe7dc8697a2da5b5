from enum import StrEnum


class WatchKind(StrEnum):
    ACCOUNT = "account"
    EMAIL = "email"
    IM = "im"
    NAME = "name"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
