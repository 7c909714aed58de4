"""The event coder, sentence by sentence and then over the whole article (``component.py`` runs it):

- what: ``triggers.py`` finds trigger words and phrases; ``not_events.py`` says why one names no event of its
  own; ``topic.py`` keeps sports and culture reports out;
- who, whom, where: ``arguments.py`` picks parties and places among a sentence's mentions, reading the role
  each word gives the name after it in ``roles.py``; ``speakers.py`` finds who reports; ``subjects.py`` supplies
  the subject a clause leaves out; ``pairs.py`` resolves "the two sides"; ``parties.py`` turns entities into
  parties;
- how it is told: ``status.py`` (asserted, claimed, denied, planned), ``dates.py``, ``counts.py`` and
  ``numerals.py``;
- over the article: ``repeats.py`` folds an event told twice, ``splits.py`` splits one report into several
  events, ``sides.py`` aims acts that name no target at the other side, ``context.py`` places events the
  sentence does not place.

``arabic_words.py`` and ``word_kinds.py`` read the word lists in ``rasd/lang/ar``.
"""
