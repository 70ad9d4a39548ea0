args: check examples/chatbot.yaml --baseline tests/data/ci/chatbot-1000.json --max-increase 10% --set workloads.chat.requests_per_month=1100
exit: 0
stdout-has: +$0.71 (+10.0%); at the limit
stdout-has: the 1 threshold holds
