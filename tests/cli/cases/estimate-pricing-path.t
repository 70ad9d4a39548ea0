args: estimate --pricing tests/data/good/mini-sheet.yaml --model m.text --region us-west-2 --requests 1000 --input-tokens 1000 --output-tokens 1000 --format csv
exit: 0
stdout-has: output tokens,1,1M tokens,18,18
stdout-lacks: Total
after: python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1])))[1:]; sys.exit(abs(sum(float(x[6]) for x in r)/21.3-1)>1e-12)" "$OUT"
