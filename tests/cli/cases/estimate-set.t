args: estimate examples/chatbot.yaml --set workloads.chat.output_tokens=800 --format csv
exit: 0
stdout-has: output tokens,1152000,1K tokens,0.015,17280
stdout-lacks: Total
after: python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[1:]; sys.exit(abs(sum(float(x[6]) for x in r)/23895-1)>1e-12)" "$OUT"
