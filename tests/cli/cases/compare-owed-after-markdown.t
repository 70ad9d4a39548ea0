args: compare examples/learn/provisioned-break-even.yaml --months 6 --format markdown
exit: 0
stdout-has: | 6 | $64,800.00 | $173,448.00 | $96,360.00 |
stdout-lacks: owed after
