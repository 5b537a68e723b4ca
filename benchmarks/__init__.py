"""The extraction benchmark of dateline: datasets, metrics, tool adapters and the runner.

Run it with ``python -m benchmarks.extraction``; see ``benchmarks/README.md``.
"""
