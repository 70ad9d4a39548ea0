args: sensitivity examples/chatbot-options.yaml --set workloads.chat.requests_per_month=1e306 --swing 90% --format json
exit: 3
stdout-empty
stderr-has: the estimate overflows
