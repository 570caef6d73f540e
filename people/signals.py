"""Signals from people to the apps above it, which people does not know (people ← events ← archive).

`entities_rejected` is sent inside the rejecting operation's transaction, with `model` (Person or
Organization) and `pks`: the archive marks the links to those entities rejected in the same
operation, so that one undo restores both.
"""

from django.dispatch import Signal

entities_rejected = Signal()
