args: estimate examples/document-pipeline.yaml
exit: 0
stdout-has: parse     data-automation-document-standard  Bedrock Data Automation, documents, standard output                  20,000  page                      $0.01       $200.00
stdout-has: sql       kb-structured-retrieval            Bedrock Knowledge Bases structured data retrieval (GenerateQuery)    30,000  query                    $0.002        $60.00
stdout-has: flow      flows-node-transitions             Bedrock Flows node transitions                                           24  1K node transitions      $0.035         $0.84
stdout-has: Total                                                                                                                                                           $463.99
