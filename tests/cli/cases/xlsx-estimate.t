args: estimate examples/chatbot.yaml --format xlsx -o $GAC_TMP/xlsx-estimate.xlsx
exit: 0
stdout-empty
after: head -c 4 $GAC_TMP/xlsx-estimate.xlsx | od -c | grep -q 'P   K 003 004'
