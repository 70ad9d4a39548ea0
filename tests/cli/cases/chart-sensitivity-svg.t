args: sensitivity examples/chatbot.yaml --chart $GAC_TMP/tornado.svg
exit: 0
after: cmp "$GAC_TMP/tornado.svg" tests/cli/expected/chart-sensitivity.svg
