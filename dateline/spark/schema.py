"""The Spark schema of the job's output, derived in one place from the model's dataclasses.

The article columns are exactly ``Article.to_dict()``: ``schema`` first, then every field of
``Article`` with nested records as structs and lists as arrays, so a new model field reaches the
Parquet output without an edit here. The job adds its own columns after them (``JOB_COLUMNS``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from typing import Any

from pyspark.sql.types import (
    ArrayType,
    BinaryType,
    BooleanType,
    DataType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from dateline.model import Article

_SCALARS: dict[object, DataType] = {
    str: StringType(),
    int: LongType(),
    float: DoubleType(),
    bool: BooleanType(),
}

#: Columns the job adds to each article: where the record came from, when it was crawled,
#: the partition keys, and its MinHash signature with LSH band keys (``dateline.similarity``).
JOB_COLUMNS = StructType(
    [
        StructField("warc_path", StringType(), False),
        StructField("warc_record_id", StringType(), False),
        StructField("fetched_at", StringType(), True),
        StructField("crawl_date", StringType(), False),
        StructField("site", StringType(), False),
        StructField("minhash", BinaryType(), True),
        StructField("band_keys", ArrayType(LongType(), False), True),
    ]
)

#: One row per record that gave no article: the WARC, the record (when its header could be
#: read), where it starts, its URL (when known) and why it failed.
FAILURE_SCHEMA = StructType(
    [
        StructField("warc_path", StringType(), False),
        StructField("record_id", StringType(), True),
        StructField("offset", LongType(), True),
        StructField("url", StringType(), True),
        StructField("error", StringType(), False),
    ]
)


def spark_type(hint: Any) -> DataType:
    """The Spark type for a model type hint: dataclasses become structs, lists arrays,
    ``Literal`` strings, ``int | float`` doubles, and ``X | None`` the type of ``X``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if set(kinds) == {int, float}:
            return DoubleType()
        (kind,) = kinds
        return spark_type(kind)
    if origin is list:
        return ArrayType(spark_type(typing.get_args(hint)[0]), True)
    if origin is typing.Literal:
        return StringType()
    if dataclasses.is_dataclass(hint):
        return struct_of(hint)
    if hint in _SCALARS:
        return _SCALARS[hint]
    raise TypeError(f"no Spark type for model type {hint!r}")


def struct_of(cls: type) -> StructType:
    """A dataclass of the model as a Spark struct, fields in declaration order."""
    hints = typing.get_type_hints(cls)
    return StructType(
        [StructField(f.name, spark_type(hints[f.name]), True) for f in dataclasses.fields(cls)]
    )


#: ``Article.to_dict()`` as a struct: the schema name, then the article's fields.
ARTICLE_SCHEMA = StructType(
    [StructField("schema", StringType(), False), *struct_of(Article).fields]
)
#: The article output: the record's columns, then the job's.
ARTICLE_TABLE = StructType([*ARTICLE_SCHEMA.fields, *JOB_COLUMNS.fields])
#: What the tasks emit: one row per article or failure, ``kind`` saying which struct is set.
TASK_OUTPUT = StructType(
    [
        StructField("kind", StringType(), False),
        StructField("article", ARTICLE_TABLE, True),
        StructField("failure", FAILURE_SCHEMA, True),
    ]
)


def converter(dtype: DataType) -> Callable[[Any], Any]:
    """A function turning a value shaped like ``dtype`` (``Article.to_dict()`` for a struct)
    into what Spark expects: struct fields as tuples in order, numbers as the column's type (a
    claim's ``value`` may be an int in the record and is a double in Spark)."""
    if isinstance(dtype, StructType):
        parts = [(field.name, converter(field.dataType)) for field in dtype.fields]

        def struct(value: Any) -> Any:
            if value is None:
                return None
            return tuple(convert(value.get(name)) for name, convert in parts)

        return struct
    if isinstance(dtype, ArrayType):
        element = converter(dtype.elementType)

        def array(value: Any) -> Any:
            return None if value is None else [element(item) for item in value]

        return array
    if isinstance(dtype, DoubleType):
        return lambda value: None if value is None else float(value)
    return lambda value: value
