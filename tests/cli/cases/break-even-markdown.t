args: break-even examples/provisioned-vs-on-demand.yaml --vary workloads.assistant.active_hours_per_day --between baseline --and pt-6-month --range 1:24 --format markdown
exit: 0
stdout-has: ### Break-even: workloads\.assistant\.active\_hours\_per\_day, baseline against pt\-6\-month
