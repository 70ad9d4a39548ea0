# without --months a trial is one month and the document has no "months"
args: simulate examples/uncertain-demand.yaml --trials 500 --format json
exit: 0
stdout-lacks: "months"
