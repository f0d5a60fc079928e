"""Taking in a stream of articles: readers for every kind of file, near-duplicate detection
and the ingest into the store. Needs the ``store`` extra: ``pip install 'rasd[store]'``."""
