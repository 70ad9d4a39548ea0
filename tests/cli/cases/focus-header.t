args: estimate examples/chatbot.yaml --format focus
exit: 0
stdout-has: BillingAccountId,BillingAccountName,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,BillingCurrency,BilledCost,EffectiveCost,ListCost,ContractedCost,ListUnitPrice,ContractedUnitPrice,PricingQuantity,PricingUnit,ConsumedQuantity,ConsumedUnit,ChargeCategory,ChargeClass,ChargeFrequency,ChargeDescription,PricingCategory,CommitmentDiscountType,CommitmentDiscountStatus,CommitmentDiscountCategory,CommitmentDiscountId,CommitmentDiscountName,ProviderName,PublisherName,InvoiceIssuerName,ServiceName,ServiceCategory,ServiceSubcategory,RegionId,RegionName,AvailabilityZone,ResourceId,SkuId,SkuPriceDetails,x_Workload,x_Model,x_TokenType,x_Scenario,x_ScenarioHash,x_PriceSheet,x_PriceSheetAsOf,x_PriceSheetHash,x_Estimate
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20241022-v2:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices
after: test "$(wc -l < "$OUT")" -eq 7
