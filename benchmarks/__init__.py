"""Benchmarks: timeline's projections against DuckDB, pandas and event-by-event replay."""
