/**
 * An order service, written as a team would write and deploy it on AWS Lambda: the domain rules
 * shared by its functions. The functions themselves live in {@code api} (REST and HTTP APIs),
 * {@code auth} (the REST API's Lambda authorizer), {@code realtime} (the WebSocket API) and
 * {@code stream} (the DynamoDB Streams consumer); {@code store} holds the single-table design.
 * {@code samples/template.yaml} describes how it is deployed.
 */
package dev.hangar.samples.orders;
