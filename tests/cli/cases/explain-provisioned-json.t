args: estimate examples/provisioned-vs-on-demand.yaml --explain --format json --set deployment.mode=provisioned --set deployment.commitment=1-month --set deployment.model_units=2
exit: 0
stdout-has: "formula": "peak input tokens/min = Σ requests × (1 − response-cache hits) × input tokens ÷ active minutes × peak_to_average = 5760000\n
stdout-has: \nlocked in = 57816 USD a month × 1 month = 57816 USD, owed even if usage falls\noverflow share = max(0, 1 − 2 model units × 200000 output tokens/min per unit ÷ 1440000 peak output tokens/min) = 0.7222222222222222 overflow share
stdout-has: throttled (deployment.overflow: throttle): not served, not priced"
