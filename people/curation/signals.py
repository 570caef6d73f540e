"""Signals from the editorial history to the apps above it, which it does not know.

`operation_recorded` is sent at the end of every operation that wrote something, inside its
transaction, with `operation`: the archive recounts what its pages read precomputed (the
mention counts), so that the counts commit, or roll back, with the change.
"""

from django.dispatch import Signal

operation_recorded = Signal()
