args: estimate examples/chatbot.yaml --set region=mars-north-1
exit: 3
stderr-has: genaicost: examples/chatbot.yaml:10:5: region 'mars-north-1' is not in price sheet 'aws-bedrock' (see 'genaicost models' for the regions it prices)
stdout-empty
