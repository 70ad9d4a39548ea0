args: break-even examples/mixed-deployment.yaml --set workloads.assistant.deployment.model_units=auto --vary workloads.assistant.peak_to_average --between baseline --and all-on-demand --range 1:4
exit: 0
stdout-has: at 1.11 the costs jump past each other (a step): just below, baseline $64,337.33 and all-on-demand $73,681.33; just above, baseline $80,397.33 and all-on-demand $73,681.33
