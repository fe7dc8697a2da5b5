from enum import StrEnum


class OutreachFormat(StrEnum):
    CLASSROOM = "classroom"
    DORMITORY_VISIT = "dormitory_visit"
    GROUP_MESSAGE = "group_message"
    OTHER = "other"
    POSTER = "poster"
    TALK = "talk"
    VIDEO = "video"
    WORKSHOP_VISIT = "workshop_visit"

    def __str__(self) -> str:
        return str(self.value)
