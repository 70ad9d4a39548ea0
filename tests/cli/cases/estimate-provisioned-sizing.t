args: estimate examples/provisioned-vs-on-demand.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month
exit: 0
stdout-has: 5,840  model-unit hour
stdout-has: $128,480.00
stdout-has: 8 model units billed, 8 needed at peak
stdout-has: utilisation 18.8%
stdout-has: 6-month commitment: $770,880.00 locked in over 6 months
