args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1:1e300:5:log
exit: 0
stdout-has: 1e+300  $7.0875e+297  $2.0475e+297  $1.6848e+297  $6.2015625e+297  $5.17725e+297
stdout-lacks: inf
