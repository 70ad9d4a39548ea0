args: sensitivity examples/chatbot-options.yaml --explain --format markdown
exit: 0
stdout-has: #### How each input was moved
stdout-has: - workloads\.chat\.output\_tokens = 400: low 320 (× 0.8) → total $12,231.00; high 480 (× 1.2) → total $16,119.00
