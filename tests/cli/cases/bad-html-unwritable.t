args: estimate examples/chatbot.yaml --format html -o $GAC_TMP/no-such-dir/x.html --chart $GAC_TMP/x.svg
exit: 4
stdout-empty
stderr-has: no-such-dir/x.html: cannot create: No such file or directory
after: test ! -e $GAC_TMP/x.svg && test ! -e $GAC_TMP/no-such-dir
