"""The entities component (placeholder until the linker lands)."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.doc import Article
from rasd.registry import components


@dataclass
class EntityComponent:
    name: str = "rasd.entities.v1"
    requires: tuple[str, ...] = ("sentences",)
    assigns: tuple[str, ...] = ("entities", "mentions")

    def __call__(self, article: Article) -> Article:
        return article


@components.register("rasd.entities.v1")
def make_entity_component() -> EntityComponent:
    return EntityComponent()
