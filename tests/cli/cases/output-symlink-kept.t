args: estimate examples/chatbot.yaml --format csv -o $GAC_TMP/link-to-report.csv --set workloads.chat.output_tokens=401
exit: 0
stdout-empty
before: printf old > "$GAC_TMP/report-target.csv" && chmod 600 "$GAC_TMP/report-target.csv" && ln -sf report-target.csv "$GAC_TMP/link-to-report.csv"
after: test -L "$GAC_TMP/link-to-report.csv" && grep -q "^chat," "$GAC_TMP/report-target.csv" && test "$(stat -c %a "$GAC_TMP/report-target.csv")" = 600
