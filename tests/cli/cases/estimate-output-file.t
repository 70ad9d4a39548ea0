args: estimate examples/chatbot.yaml --format json -o $GAC_TMP/report.json
exit: 0
stdout-empty
after: grep -q "\"total\": 14175.0" "$GAC_TMP/report.json" && ! ls "$GAC_TMP"/report.json.tmp* 2>/dev/null
