args: estimate --model anthropic.claude-3-5-sonnet-20240620-v1:0 --requests 1e15 --input-tokens 1e6 --output-tokens 1e6 --format csv
exit: 0
stdout-has: long-context output tokens,1e+18,1K tokens,0.03,3e+16
stdout-lacks: Total
after: python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[1:]; sys.exit(abs(sum(float(x[6]) for x in r)/3.6e+16-1)>1e-12)" "$OUT"
