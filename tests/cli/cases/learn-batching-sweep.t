args: what-if examples/chatbot.yaml --sweep workloads.chat.batch_fraction=0:1:5
exit: 0
stdout-has:                             0  $15,356.25
stdout-has:                           0.5  $12,403.13
stdout-has:                             1   $9,450.00
