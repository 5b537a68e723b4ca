"""Text similarity for wire-copy detection: word shingles, MinHash signatures, LSH band keys.

Pure functions over plain values (numpy arrays, bytes, ints): no I/O and no module state that
changes, so they run the same in the archive's writer and on Spark executors.
"""
