/**
 * The REST API's Lambda TOKEN authorizer: looks the bearer token up in the table and answers API
 * Gateway with an IAM policy and a context ({@link dev.hangar.samples.orders.auth.AuthorizerContext}).
 */
package dev.hangar.samples.orders.auth;
