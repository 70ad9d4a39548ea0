args: estimate examples/chatbot.yaml --chart $GAC_TMP/cost.jpg -o $GAC_TMP/never.txt
exit: 2
stdout-empty
stderr-has: cost.jpg: unknown chart type; the file name must end .svg, .png or .pdf
after: test ! -e "$GAC_TMP/never.txt" && test ! -e "$GAC_TMP/cost.jpg"
