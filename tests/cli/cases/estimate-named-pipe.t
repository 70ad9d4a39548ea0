args: estimate $GAC_TMP/scenario.fifo
exit: 0
stdout-has: Estimate: support-chatbot
stdout-has: $14,175.00
before: mkfifo "$GAC_TMP/scenario.fifo" && { cat examples/chatbot.yaml > "$GAC_TMP/scenario.fifo" & }
