args: compare examples/mixed-deployment.yaml --format xlsx
exit: 0
after: head -c 4 $OUT | od -c | grep -q 'P   K 003 004'
