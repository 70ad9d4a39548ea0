args: estimate examples/chatbot.yaml --set deployment.mode=spot
exit: 2
stderr-has: genaicost: deployment.mode must be one of on-demand, batch, provisioned, reserved (got 'spot')
stdout-empty
