"""API views, one module per kind of resource. Views are thin: they pick the rows
(`get_queryset`, every prefetch saying which N+1 it avoids) and a serializer; reads come
from the apps' QuerySets and selectors, writes go through their services."""
