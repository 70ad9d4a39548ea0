args: estimate examples/chatbot.yaml --format xlsx --explain -o $GAC_TMP/bad-xlsx-explain.xlsx
exit: 2
stderr-has: --explain does not apply to --format xlsx
after: test ! -e $GAC_TMP/bad-xlsx-explain.xlsx
