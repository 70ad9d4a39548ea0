args: estimate examples/chatbot.yaml --set pricing_overrides.discount=12%
exit: 0
stdout-has: List price  Discount  Unit price
stdout-has: Total  
stdout-has: $12,474.00
stdout-has: At list prices
stdout-has: $14,175.00
stdout-has: Negotiated saving
stdout-has: $1,701.00
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20241022-v2:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
