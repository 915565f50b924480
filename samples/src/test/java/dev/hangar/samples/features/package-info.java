/**
 * Hangar capabilities no handler of the order service would use, shown as a team would use them in
 * its own tests, on the service's template and table: a durable data directory, table status
 * transitions, the Lambda API ({@code GetFunction}, {@code DryRun}, the log tail), class-loader
 * isolation, the standalone DynamoDB server, DynamoDB's administrative and legacy APIs, the Streams
 * API, direct invocation with built events, the gateway's request traces, a REST API declared in code
 * (gateway responses, access logs), the flight record; handler forms and the runtime's resolution
 * messages, client context and {@code LambdaAsyncClient}; transactions, idempotency tokens, parallel
 * scans and {@code ReturnValuesOnConditionCheckFailure}; HTTP API {@code $default}, payload 1.0 and
 * Lambda authorizers; OpenAPI import; API Gateway's 403/404/413 answers; {@code GetConnection},
 * {@code DeleteConnection} and the two-hour limit of WebSocket connections; stream-mapping bisect,
 * maximum record age and on-failure records; template intrinsics and parameter overrides; refused
 * data directories; and the messages of {@code @HangarTest} misuse.
 */
package dev.hangar.samples.features;
