"""The Spark job: WARC paths in, Parquet article records and failures out (``docs/spark.md``).

Importing this package needs pyspark (the ``spark`` extra); ``dateline.cli_spark`` does not.
"""
