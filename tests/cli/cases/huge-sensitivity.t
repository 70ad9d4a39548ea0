args: sensitivity examples/chatbot-options.yaml --set workloads.chat.requests_per_month=1e300
exit: 0
stdout-has: from a total of $7.0875e+297
stdout-has: workloads.chat.requests_per_month       1e+300  8e+299  1.2e+300      $5.67e+297     $8.505e+297             $2.835e+297
stdout-lacks: inf
