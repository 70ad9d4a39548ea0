args: break-even tests/data/bad/cache-over-one.yaml --vary workloads.chat.requests_per_month --between baseline --and other
exit: 3
stderr-has: cache-over-one.yaml:4:5: workload 'chat': cache_read_fraction + cache_write_fraction is 1.2, above 1
