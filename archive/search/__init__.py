"""Article search: `search_articles(q=..., queryset=..., offset=..., limit=...)` in
`archive.search.service` is the one entry point, for the public site and the REST API alike;
`archive.search.indexing.index_articles` keeps the search rows current after writes."""
