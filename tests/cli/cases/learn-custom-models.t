args: compare examples/custom-vs-fine-tuned.yaml --months 12
exit: 0
stdout-has: baseline (cheapest)  us-east-1       $480.00
stdout-has: fine-tuned           us-east-1    $36,216.95  +$35,736.95  +7445.2%
stdout-has: imported             us-east-1     $2,869.15   +$2,389.15   +497.7%
stdout-has: own-model            us-east-1     $7,765.37   +$7,285.37  +1517.8%
stdout-has:    12  $5,760.00  $434,603.40  $34,429.80  $93,184.43
