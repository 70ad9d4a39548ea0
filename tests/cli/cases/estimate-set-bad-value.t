args: estimate examples/chatbot.yaml --set workloads.chat.cache_read_fraction=2
exit: 2
stderr-has: workloads.chat.cache_read_fraction is a fraction between 0 and 1
stdout-empty
