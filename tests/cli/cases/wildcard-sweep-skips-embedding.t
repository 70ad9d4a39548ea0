# a swept pattern skips the embedding workload: chat's output at 100, 300,
# 500 tokens is $240, $720, $1,200, plus $800 in and docs' $12
args: what-if tests/data/good/wildcard-skip.yaml --sweep workloads.*.output_tokens=100:500:3 --format csv
exit: 0
stdout-has: 100,1052,1052,false,false
stdout-has: 300,1532,1532,false,false
stdout-has: 500,2012,2012,false,false
