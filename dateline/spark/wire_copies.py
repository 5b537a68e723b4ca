"""Wire copies at scale: group the job's articles that carry the same agency story, with Spark
joins on the LSH band keys the job wrote, so no page is ever collected on the driver.

    articles = spark.read.parquet("out/articles")
    pairs = wire_copy_pairs(articles)      # (a, b, jaccard, containment), verified
    groups = wire_groups(articles, pairs)  # (warc_record_id, group_id, original_id)

Candidates are the pairs sharing a band key (a self-join on the exploded keys, each page with
the first pages of each of its keys, as the archive's buckets keep them); each is then verified
on the two signatures with the archive's rule, so Spark and ``dateline ingest`` agree on what a
copy is.
"""

from __future__ import annotations

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import DoubleType, StructField, StructType
from pyspark.sql.window import Window

from dateline.similarity.copies import (
    MAX_BUCKET_ROWS,
    MIN_CONTAINMENT,
    MIN_JACCARD,
    MIN_SHINGLES,
)
from dateline.similarity.minhash import containment, from_bytes, shingle_count, similarity

_SCORES = StructType(
    [StructField("jaccard", DoubleType(), False), StructField("containment", DoubleType(), False)]
)
#: Rounds of label propagation before giving up; each round spreads the smallest id one hop,
#: and a wire story's copies are all one hop apart in practice (every copy matches the agency's).
MAX_ROUNDS = 20


@F.udf(returnType=_SCORES, useArrow=False)
def _scores(left: bytes, right: bytes) -> tuple[float, float]:
    a, b = from_bytes(left), from_bytes(right)
    if min(shingle_count(a), shingle_count(b)) < MIN_SHINGLES:
        return 0.0, 0.0
    return similarity(a, b), containment(a, b)


def candidate_pairs(articles: DataFrame) -> DataFrame:
    """Pairs of ``articles`` that share an LSH band key: columns ``a`` < ``b``
    (``warc_record_id``).

    A key shared by very many pages (a boilerplate paragraph, an agency's copyright line) would
    make its self-join quadratic. As the archive's buckets keep their first
    ``MAX_BUCKET_ROWS`` pages, each page is paired only with the first ``MAX_BUCKET_ROWS``
    pages of each of its keys (by record id): a key of n pages gives about 32 n pairs, not n²/2.
    """
    keyed = articles.select(
        F.col("warc_record_id").alias("id"), F.explode("band_keys").alias("key")
    )
    first = (
        keyed.withColumn("rank", F.row_number().over(Window.partitionBy("key").orderBy("id")))
        .where(F.col("rank") <= MAX_BUCKET_ROWS)
        .drop("rank")
    )
    left, right = first.alias("left"), keyed.alias("right")
    return (
        left.join(right, "key")
        .where(F.col("left.id") != F.col("right.id"))
        .select(
            F.least("left.id", "right.id").alias("a"), F.greatest("left.id", "right.id").alias("b")
        )
        .distinct()
    )


def wire_copy_pairs(articles: DataFrame) -> DataFrame:
    """Verified pairs of wire copies among ``articles`` (the job's article output): columns
    ``a`` < ``b`` (``warc_record_id``), ``jaccard`` and ``containment`` estimates."""
    candidates = candidate_pairs(articles)
    signatures = articles.select(F.col("warc_record_id").alias("id"), "minhash")
    scored = (
        candidates.join(signatures.withColumnRenamed("minhash", "sig_a"), F.col("a") == F.col("id"))
        .drop("id")
        .join(signatures.withColumnRenamed("minhash", "sig_b"), F.col("b") == F.col("id"))
        .select("a", "b", _scores("sig_a", "sig_b").alias("score"))
        .select("a", "b", "score.jaccard", "score.containment")
    )
    return scored.where(
        (F.col("containment") >= MIN_CONTAINMENT) & (F.col("jaccard") >= MIN_JACCARD)
    )


def wire_groups(articles: DataFrame, pairs: DataFrame) -> DataFrame:
    """Each article that has a copy, with its story's ``group_id`` (the smallest record id of
    the connected copies) and ``original_id``: the copy published first (undated ones last,
    ties to the smaller record id), as the archive links copies to their earliest copy."""
    edges = pairs.select("a", "b").union(pairs.select(F.col("b").alias("a"), F.col("a").alias("b")))
    labels = edges.select(F.col("a").alias("id")).distinct().withColumn("group_id", F.col("id"))
    for _ in range(MAX_ROUNDS):
        # Each article takes the smallest group id among itself and its copies.
        offered = (
            edges.join(labels.withColumnRenamed("id", "b"), "b")
            .groupBy(F.col("a").alias("id"))
            .agg(F.min("group_id").alias("offered"))
        )
        updated = (
            labels.withColumnRenamed("group_id", "before")
            .join(offered, "id", "left")
            .select("id", "before", F.least("before", "offered").alias("group_id"))
            .localCheckpoint()
        )
        changed = updated.where(F.col("group_id") != F.col("before")).count()
        labels = updated.drop("before")
        if not changed:
            break
    dated = labels.join(
        articles.select(F.col("warc_record_id").alias("id"), "published"), "id", "left"
    )
    first = Window.partitionBy("group_id").orderBy(_published_order(), F.col("id"))
    return dated.select(
        F.col("id").alias("warc_record_id"),
        "group_id",
        F.first("id").over(first).alias("original_id"),
    )


def _published_order() -> Column:
    # try_: an unreadable date orders last instead of failing the job under ANSI mode (Spark 4).
    return F.try_to_timestamp(F.col("published")).asc_nulls_last()
