args: sensitivity examples/learn/prompt-efficiency.yaml
exit: 0
stdout-has: from a total of $18,000.00
stdout-has: workloads.assistant.input_tokens            3,000    2,400      3,600    $16,200.00     $19,800.00  $3,600.00
stdout-has: workloads.assistant.output_tokens             600      480        720    $16,200.00     $19,800.00  $3,600.00
