args: diff examples/chatbot.yaml tests/data/ci/chatbot-edited.yaml
exit: 0
stdout-exact: diff-changed-inputs.txt
