"""Batch analysis of article shards into Parquet tables, on local processes or a Dask cluster.

``rasd batch IN... --out DIR`` reads JSONL or Parquet shards, runs the pipeline over every
record and writes one Parquet file per shard and table (``DIR/<table>/<shard>.parquet``) plus
``DIR/manifest.json``. The Parquet writer (pyarrow) and Dask are the optional ``scale`` extra,
so this package imports them only when a batch actually runs.
"""
