"""The events component (placeholder until the coder lands)."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.doc import Article
from rasd.registry import components


@dataclass
class EventComponent:
    name: str = "rasd.events.v1"
    requires: tuple[str, ...] = ("sentences", "mentions")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, article: Article) -> Article:
        return article


@components.register("rasd.events.v1")
def make_event_component() -> EventComponent:
    return EventComponent()
