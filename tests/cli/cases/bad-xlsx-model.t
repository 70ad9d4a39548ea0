before: echo old > $GAC_TMP/xlsx-kept.xlsx
args: estimate examples/chatbot.yaml --set workloads.chat.model=no-such-model --format xlsx -o $GAC_TMP/xlsx-kept.xlsx
exit: 3
stderr-has: no-such-model
after: test "$(cat $GAC_TMP/xlsx-kept.xlsx)" = old
