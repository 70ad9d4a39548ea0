args: estimate examples/chatbot.yaml --format csv
exit: 0
stdout-exact: chatbot.csv
stdout-lacks: Total
after: python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[1:]; sys.exit(len(r) != 6 or sum(float(x[6]) for x in r) != 14175)" "$OUT"
