"""Entities as the parties of events: a capital for its state, an official the knowledge base lacks for the
state his title names, a speaker for the body he speaks for."""

from __future__ import annotations

from rasd.doc import Entity, Party
from rasd.entities.kb import KnowledgeBase
from rasd.events.arguments import Slot

__all__ = ["as_party", "is_known", "speaks_for"]


def is_known(slot: Slot) -> bool:
    """Whether a party is in the knowledge base or tied to a body there (not a bare romanised NER find)."""
    return slot.entity.in_kb or bool(slot.entity.affiliation)


def as_party(entity: Entity) -> Party:
    """The party an entity stands for in an event."""
    # A capital acting stands for its state; so does an official the knowledge base lacks, named with his
    # state's title ("وزير الخارجية المالي عبدولاي ديوب"): the state is what an analyst can search for.
    body = entity.capital_of or (entity.affiliation if entity.kind == "person" and not entity.in_kb else None)
    if body:
        kb = KnowledgeBase.load()
        if body in kb:
            state = kb.get(body)
            return Party(state.name, state.country, state.kind, None, state.id)
    return Party(entity.name, entity.country, entity.kind, entity.wikidata, entity.id)


def speaks_for(entity: Entity) -> Party:
    """The body a person speaks for (their affiliation in the knowledge base), else the person."""
    kb = KnowledgeBase.load()
    if entity.kind == "person" and entity.affiliation and entity.affiliation in kb:
        body = kb.get(entity.affiliation)
        return Party(body.name, body.country, body.kind, None, body.id)
    return as_party(entity)
