# --vary with a pattern ranks each workload it applies to: chat's output
# 200 ± 20% moves the total $1,196.00 to $1,388.00; docs is not ranked
args: sensitivity tests/data/good/wildcard-skip.yaml --vary workloads.*.output_tokens
exit: 0
stdout-has: workloads.chat.output_tokens    200  160   240     $1,196.00      $1,388.00  $192.00       0.372
stdout-lacks: workloads.docs.output_tokens
