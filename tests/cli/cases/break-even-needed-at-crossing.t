args: break-even examples/mixed-deployment.yaml --vary workloads.assistant.requests_per_second --between throttle-overflow --and all-on-demand --range 1:100
exit: 0
stdout-has: 1. at 34.92 both cost $64,337.33
stdout-has: TOO FEW (needs 7 units): the crossing lies beyond what throttle-overflow's 4 model units carry
stdout-has: throttle-overflow runs out of capacity at 22.22: beyond it its 4 model units no longer carry the peak load (5 needed)
stdout-lacks: TOO FEW (needs 5 units)
stderr-empty
