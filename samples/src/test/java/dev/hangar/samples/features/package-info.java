/**
 * Hangar capabilities no handler of the order service would use, shown as a team would use them in
 * its own tests, on the service's template and table: a durable data directory, table status
 * transitions, the Lambda API ({@code GetFunction}, {@code DryRun}, the log tail), class-loader
 * isolation, the standalone DynamoDB server, DynamoDB's administrative and legacy APIs, the Streams
 * API, direct invocation with built events, the gateway's request traces, a REST API declared in code
 * (gateway responses, access logs), and the flight record.
 */
package dev.hangar.samples.features;
