args: estimate --model anthropic.claude-sonnet-4-20250514-v1:0 --requests 1e15 --input-tokens 5e5 --output-tokens 5e5 --format csv
exit: 0
stdout-has: long-context output tokens,500000000000000,1M tokens,22.5,1.125e+16
stdout-lacks: Total
after: python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[1:]; sys.exit(abs(sum(float(x[6]) for x in r)/1.425e+16-1)>1e-12)" "$OUT"
