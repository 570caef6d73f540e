"""How many texts the per-text caches of the text layer keep (folding, sentence ends, capitals,
the name automaton's candidates).

An import extracts its articles a chunk at a time (at most 50: `archive.importer.pipeline.CHUNK`),
step by step, each step reading every article of the chunk again, with a few short texts (roles,
headlines) in between: about 2.6 cached texts per article on the dev corpus. Sized for a chunk,
the caches compute each once; sized for one article (4 to 16 entries) they recomputed most of
them at every step. About 9 MB more per worker.
"""

RECENT_TEXTS = 256
