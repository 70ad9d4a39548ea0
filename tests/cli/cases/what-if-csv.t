args: what-if examples/chatbot.yaml --set workloads.chat.batch_fraction=0 --format csv
exit: 0
stdout-has: Workload,Model,Component,Before,After,Change,Change %
stdout-has: batch input tokens (removed),810,0,-810,-100
