"""French normalisers: number words, ordinals, dates, times and durations."""
