args: check examples/chatbot.yaml --baseline examples/ci/chatbot.baseline.json --max-increase '$2430' --set workloads.chat.output_tokens=500
exit: 0
stdout-has: ok      budget.max_increase  total       +$2,430.00  $16,605.00  $14,175.00  +$2,430.00 (+17.1%); at the limit
stdout-has:   workloads.chat.output_tokens  400 -> 500
