args: compare examples/chatbot-options.yaml --chart $GAC_TMP/no/such/dir/c.svg -o $GAC_TMP/never.txt
exit: 4
stdout-empty
stderr-has: /no/such/dir/c.svg
after: test ! -e "$GAC_TMP/never.txt"
