args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests=1M --input-tokens 1500 --output-tokens 400 --format csv
exit: 0
stdout-lacks: Total
after: python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[1:]; sys.exit(abs(sum(float(x[6]) for x in r)/10500-1)>1e-12)" "$OUT"
stdout-has: default,anthropic.claude-3-5-sonnet-20241022-v2:0,output tokens,400000,1K tokens,0.015,6000
