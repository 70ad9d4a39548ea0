args: compare examples/provisioned-vs-on-demand.yaml --format csv
exit: 0
stdout-has: baseline,us-east-1,73584,0,0
stdout-has: pt-6-month,us-east-1,128480,54896,
