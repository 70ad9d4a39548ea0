args: simulate examples/uncertain-demand.yaml --trials 2000 --explain
exit: 0
stdout-has: workloads.chat.requests_per_month: lognormal, mu 14.6202, sigma 0.489234 (of ln x: mu = (ln P5 + ln P95) / 2, sigma = (ln P95 - ln P5) / (2 × 1.6449); P5 = e^(mu - 1.6449 sigma) = 1,000,000, P95 = 5,000,000
stdout-has: workloads.chat.output_tokens: normal, mean 400, sd 100; drawn only at or above 50 (the distribution cut off there)
stdout-has: workloads.chat.input_tokens: triangular, min 800, mode 1,500, max 3,000
stdout-has: workloads.chat.output_tokens and workloads.chat.input_tokens: ρ 0.5 → normal correlation 0.517638
stdout-has: baseline: mean = sum of the totals / 2000 = $5,929.22; SE(mean) = SD / √n = $3,416.78 / √2000 = $76.40
stdout-has: d = 1.96 √(0.95 × 0.05 / n) = 0.00955186, so SE(P95) = $371.95
