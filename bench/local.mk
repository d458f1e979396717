## bench: benchmarks that print figures; never run by make check.
