args: what-if examples/learn/caching.yaml --sweep workloads.assistant.cache_read_fraction=0:0.9:4
exit: 0
stdout-has:                                       0  $31,500.00    $31,725.00      $25,359.87  $25,539.87
