args: what-if examples/chatbot.yaml --set workloads.chat.output_tokens=100 --chart $GAC_TMP/w.svg
exit: 2
stderr-has: what-if draws a chart of a --sweep only: a --set alone has none
after: test ! -e "$GAC_TMP/w.svg"
