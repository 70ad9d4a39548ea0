args: estimate examples/chatbot.yaml --format html
exit: 0
stdout-exact: html-estimate.html
