args: estimate examples/chatbot.yaml --set pricing_overrides.discount=120%
exit: 2
stderr-has: genaicost: pricing_overrides.discount is a discount from 0 to 100% (got 120%)
stdout-empty
