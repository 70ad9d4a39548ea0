args: sensitivity examples/chatbot.yaml
exit: 0
stdout-has: workloads.chat.requests_per_month       2,000,000  1,600,000  2,400,000    $11,340.00     $17,010.00  $5,670.00
stdout-has: █
