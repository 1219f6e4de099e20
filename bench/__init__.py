"""Benchmarks and the evaluation helpers the quality tests share."""
