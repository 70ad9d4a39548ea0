args: compare examples/chatbot-options.yaml --chart $GAC_TMP/same.svg -o $GAC_TMP/same.svg
exit: 2
stderr-has: name the same file
after: test ! -e "$GAC_TMP/same.svg"
