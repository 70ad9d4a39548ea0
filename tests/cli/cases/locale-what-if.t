args: what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:3M:3 --format csv
env: LC_ALL=de_DE.UTF-8
exit: 0
after: LC_ALL=C $GENAICOST_BIN what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=1M:3M:3 --format csv | cmp -s - $OUT
