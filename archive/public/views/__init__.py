"""Public pages, one module per kind: home, articles, events, entities (persons and
organizations), discovery (robots.txt, errors)."""
