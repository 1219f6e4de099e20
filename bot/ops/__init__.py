"""Operations: settings read from the environment, the local stack and cluster, Sentinel, metrics, logs,
bearer tokens, rate limits and file paths."""
