# README: training the 1B model is $48.31 a month (5.3 hours on 16 H100s,
# amortised over 12 months) and data preparation $5,000
args: compare examples/custom-vs-fine-tuned.yaml --explain
exit: 0
stdout-has: own-model  ec2-p5-48xlarge   training compute    0.87771  instance-hour      $55.04        $48.31
stdout-has: ÷ (2 instances × 8 GPUs × 989000000000000 FLOP/s × 0.4 MFU) ÷ 3600 = 5.266262217728345 hours
stdout-has: one-time costs    0.0833333  one-time cost  $60,000.00     $5,000.00
