"""When two texts are copies of one wire story: the thresholds that the archive's duplicate
index (``dateline.archive.duplicates``) and the Spark job (``dateline.spark.wire_copies``)
both decide with, so that a crawl and an archive link the same pages."""

from __future__ import annotations

#: Texts with fewer distinct shingles (about this many words) are never linked: a caption-sized
#: body says too little to call it the same story as another.
MIN_SHINGLES = 20
#: Verification: the share of the smaller text's shingles found in the larger one. On the
#: wirecorpus set (benchmarks/archive_quality.py, exact-overlap table) 95% of wire-copy pairs
#: score at least 0.70, while distinct reports of one story stay below 0.43 in 95% of pairs
#: (max 0.59) and same-topic stories below 0.33 (max 0.53); the rule table there shows 0.5
#: admitting those (precision 0.86) and 0.9 losing a third of the copies.
MIN_CONTAINMENT = 0.7
#: And the Jaccard estimate must reach this, so that a short text whose few sentences all recur
#: in a long report (a brief quoting a background paragraph) is not called a copy of it; the
#: lowest Jaccard of a true copy pair on the wirecorpus set is 0.26.
MIN_JACCARD = 0.2
#: Rows an LSH bucket keeps: the first this many articles that fell into it. A bucket is a band
#: of signature values shared whole; text repeated across many pages (a site's boilerplate
#: paragraph, an agency's copyright line) fills some buckets with every page that carries it,
#: and a lookup would otherwise compare a page with all of them: on benchmarks/archive_scale.py
#: one template's shared text put up to 1,250 pages in a bucket, and 79% of all candidates came
#: from lookups with over 500. The first rows of such a bucket are enough: a wire copy shares many
#: bands with the earlier copies of its story (a pair at Jaccard 0.5 shares 16 of 64 on
#: average), and when a story has more copies than this, the first ones are all in its group.
MAX_BUCKET_ROWS = 32
