args: compare examples/learn/provisioned-break-even.yaml --months 8 --format csv
exit: 0
stdout-has: 8,86400,231264,128480
stdout-has: owed after month 8,0,0,64240
