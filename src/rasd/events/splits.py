"""One report, several events: states that each take the same decision, towns taken one after another, and
the accusation a denial answers. The coder codes the report once; these say where it holds more."""

from __future__ import annotations

from rasd.doc import Party, Token
from rasd.events.arguments import DUAL_KINDS, Arguments, Slot, is_place
from rasd.events.triggers import TriggerMatch
from rasd.text.normalize import strip_clitics

__all__ = ["CHARGE_WORDS", "charge_by", "each_on_its_own", "then_places"]

# Acts each of several states does on its own: "قطعت السعودية والإمارات والبحرين علاقاتها مع قطر" is three
# decisions, one event each, and so is aid flown in "من مصر وتركيا", and so are condemnations ("كما دانها الاتحاد
# الأوروبي والولايات المتحدة": each issues its own); meetings, deals and fighting are done together, and calls are
# mostly joint statements (one event each made the first held-out set worse).
_OWN_ACTS = frozenset({"SANCTION", "AID", "ACCUSE"})
STATE_KINDS = frozenset({"state", "country"})
_STOPS = frozenset(".!?؟;؛:")


def each_on_its_own(event_type: str, actor: list[Party]) -> bool:
    # (an accusation is each accuser's, state or group: "واتهم حزب الله وحركة أمل، في بيان مشترك، ...")
    return event_type in _OWN_ACTS and (event_type == "ACCUSE" or all(p.kind in STATE_KINDS for p in actor))


def then_places(tokens: list[Token], args: Arguments, slots: list[Slot]) -> list[Slot]:
    """Towns named after "ثم" (then) later in the clause of an attack whose first place is known: each was
    taken or hit in turn ("حرر الجيش مدينة ترهونة، ثم بني وليد")."""
    if not args.places:
        return []
    out: list[Slot] = []
    for i in range(args.places[-1].end, len(tokens) - 1):
        if tokens[i].norm in _STOPS:
            break
        if tokens[i].norm.removeprefix("و") == "ثم":
            out += [s for s in slots if s.start == i + 1 and is_place(s.entity) and s.entity.kind not in DUAL_KINDS]
    return out


CHARGE_WORDS = ("اتهام", "مزاعم", "ادعاء")  # accusations, allegations, claims (matching keys)
_CHARGE_REACH = 3  # words between a denial verb and the accusations it denies ("تنفي موسكو صحة اتهامات")


def charge_by(tokens: list[Token], trig: TriggerMatch, slots: list[Slot]) -> Slot | None:
    """The state named by a nationality adjective on the accusations a denial answers ("اتهامات ليبية")."""
    for i in range(trig.end, min(len(tokens), trig.end + _CHARGE_REACH + 1)):
        if any(r.startswith(CHARGE_WORDS) for r in strip_clitics(tokens[i].norm)):
            return next((s for s in slots if s.start == i + 1 and s.label == "MISC"
                         and s.entity.kind in STATE_KINDS), None)
    return None
