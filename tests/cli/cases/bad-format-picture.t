# a picture is not a report format: the message points to --chart on a
# command that draws one, and lists only the formats on one that does not
args: compare examples/chatbot-options.yaml --format svg
exit: 2
stderr-has: genaicost: unknown format 'svg' (table, json, csv, markdown, xlsx, html); a chart is drawn with --chart FILE.svg
stdout-empty
after: $GENAICOST_BIN params examples/chatbot.yaml --format png 2>&1 | grep -qx "genaicost: unknown format 'png' (table, json)"
