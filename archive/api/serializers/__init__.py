"""Serializers, one module per kind of resource: compact nested forms for lists, full forms
for details. Import from the submodules (no re-exports here)."""
