args: sensitivity examples/chatbot-options.yaml --format csv
env: LC_ALL=de_DE.UTF-8
exit: 0
after: LC_ALL=C $GENAICOST_BIN sensitivity examples/chatbot-options.yaml --format csv | cmp -s - $OUT
